package io.plantwatch.console.store;

/** The console store could not do what was asked (its message is fit for a user). */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
