package io.plantwatch.ui.task;

import io.plantwatch.console.sync.Cancellation;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs background work as {@link javafx.concurrent.Task}s on a small pool of daemon threads;
 * JavaFX coalesces their progress and message updates onto the FX thread and calls the outcome
 * callbacks there. {@link #execute} may be called from the FX thread only (it touches
 * {@link #running()}).
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService workers;
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();

    /** @param threads how many tasks run at once (more wait in line) */
    public FxTaskExecutor(int threads) {
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ui-task-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        TaskHandle handle = new TaskHandle(task.title());
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                TaskContext context = new TaskContext() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String message) {
                        updateMessage(message);
                    }

                    @Override
                    public Cancellation cancellation() {
                        return handle.cancellation();
                    }
                };
                return task.work().run(context);
            }
        };
        fxTask.progressProperty().addListener((observable, old, value) -> handle.setProgress(value.doubleValue()));
        fxTask.messageProperty().addListener((observable, old, value) -> handle.setMessage(value));
        fxTask.setOnSucceeded(event -> finish(handle, () -> {
            if (handle.isCancelled()) {
                task.cancelled();
            } else {
                task.succeeded(fxTask.getValue());
            }
        }));
        fxTask.setOnFailed(event -> finish(handle, () -> {
            Throwable error = fxTask.getException();
            if (error instanceof CancellationException || handle.isCancelled()) {
                task.cancelled();
            } else {
                LOG.debug("task '{}' failed", task.title(), error);
                task.failed(error);
            }
        }));
        fxTask.setOnCancelled(event -> finish(handle, task::cancelled));
        // The work checks the cancellation between steps; interrupting also ends blocking waits.
        handle.onCancel(() -> Platform.runLater(() -> fxTask.cancel(true)));
        running.add(handle);
        workers.execute(fxTask);
        return handle;
    }

    private void finish(TaskHandle handle, Runnable outcome) {
        running.remove(handle);
        handle.finished();
        outcome.run();
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void afterNextFrame(Runnable action) {
        onUiThread(() -> new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                // Timers run first in a pulse, the rendering after them: the next event follows it.
                Platform.runLater(action);
            }
        }.start());
    }

    @Override
    public ObservableList<TaskHandle> running() {
        return running;
    }

    @Override
    public void close() {
        running.forEach(TaskHandle::cancel);
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
