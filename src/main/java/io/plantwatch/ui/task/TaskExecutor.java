package io.plantwatch.ui.task;

import javafx.collections.ObservableList;

/**
 * Runs {@link BackgroundTask}s off the FX thread: the one way screens do I/O or heavy work.
 * Production uses {@link FxTaskExecutor}; view-model tests use {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor extends AutoCloseable {
    <T> TaskHandle execute(BackgroundTask<T> task);

    /**
     * Runs {@code action} on the UI thread: for reports that background work makes as it goes
     * (e.g. a sync's per-sensor progress). May be called from any thread.
     */
    void onUiThread(Runnable action);

    /**
     * Runs {@code action} on the UI thread after the next frame has been rendered (so what was
     * just changed is on screen); where there are no frames, as {@link #onUiThread} does.
     */
    default void afterNextFrame(Runnable action) {
        onUiThread(action);
    }

    /** The tasks running now, for the status bar. Changes on the FX thread. */
    ObservableList<TaskHandle> running();

    /** Cancels what runs and stops the workers. */
    @Override
    void close();
}
