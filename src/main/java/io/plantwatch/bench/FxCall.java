package io.plantwatch.bench;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a call on the FX thread and waits for its result: how the UI benches read the scene. */
final class FxCall {
    private FxCall() {
    }

    /** The call's result, or its exception; gives up after {@code timeoutSeconds}. */
    static <T> T onFx(Callable<T> action, long timeoutSeconds) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(timeoutSeconds, TimeUnit.SECONDS);
    }
}
