package io.plantwatch.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A named piece of background work and what to do with its outcome. The callbacks run on the FX
 * thread (on the calling thread with {@link CurrentThreadTaskExecutor}). Immutable; build with
 * {@link #of} and the {@code on...} methods.
 */
public final class BackgroundTask<T> {
    private final String title;
    private final BackgroundWork<T> work;
    private final Consumer<T> onSuccess;
    private final Consumer<Throwable> onFailure;
    private final Runnable onCancelled;

    private BackgroundTask(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                           Runnable onCancelled) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
        this.onCancelled = onCancelled;
    }

    public static <T> BackgroundTask<T> of(String title, BackgroundWork<T> work) {
        return new BackgroundTask<>(title, work, result -> { }, error -> { }, () -> { });
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        return new BackgroundTask<>(title, work, handler, onFailure, onCancelled);
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        return new BackgroundTask<>(title, work, onSuccess, handler, onCancelled);
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        return new BackgroundTask<>(title, work, onSuccess, onFailure, handler);
    }

    public String title() {
        return title;
    }

    BackgroundWork<T> work() {
        return work;
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable error) {
        onFailure.accept(error);
    }

    void cancelled() {
        onCancelled.run();
    }
}
