package io.plantwatch.ui.task;

import io.plantwatch.console.sync.Cancellation;

/**
 * What a running {@link BackgroundWork} may tell its task: progress, a message, and whether the
 * user cancelled it. Implementations are thread-safe (work may report from several threads).
 */
public interface TaskContext {
    void progress(long done, long total);

    void message(String message);

    /** The cancellation the console services check; cancelled when the user cancels the task. */
    Cancellation cancellation();

    default boolean isCancelled() {
        return cancellation().isCancelled();
    }
}
