package io.plantwatch.ui.task;

/**
 * The body of a background task: runs on a worker thread, never on the FX thread. It reports
 * progress through its {@link TaskContext} and should check {@link TaskContext#isCancelled()}
 * between steps.
 */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(TaskContext context) throws Exception;
}
