package io.plantwatch.ui.task;

import io.plantwatch.console.sync.Cancellation;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs each task at once on the calling thread, callbacks included: view models become plain
 * sequential code in unit tests (no FX toolkit, no waiting). Not for production screens.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        TaskHandle handle = new TaskHandle(task.title());
        TaskContext context = new TaskContext() {
            @Override
            public void progress(long done, long total) {
                handle.setProgress(total <= 0 ? -1 : (double) done / total);
            }

            @Override
            public void message(String message) {
                handle.setMessage(message);
            }

            @Override
            public Cancellation cancellation() {
                return handle.cancellation();
            }
        };
        running.add(handle);
        T result;
        try {
            result = task.work().run(context);
        } catch (Exception e) {
            running.remove(handle);
            handle.finished();
            task.failed(e);
            return handle;
        }
        running.remove(handle);
        handle.finished();
        if (handle.isCancelled()) {
            task.cancelled();
        } else {
            task.succeeded(result);
        }
        return handle;
    }

    /** Runs at once: in tests every thread is "the UI thread". Synchronized so concurrent reports stay whole. */
    @Override
    public synchronized void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public ObservableList<TaskHandle> running() {
        return running;
    }

    @Override
    public void close() {
    }
}
