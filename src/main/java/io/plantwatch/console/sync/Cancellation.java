package io.plantwatch.console.sync;

import java.util.concurrent.CancellationException;

/**
 * Lets a caller (the GUI's cancel button) stop a long operation. Work checks it between steps; a
 * sensor sync cancelled before its commit changes nothing. Thread-safe.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
