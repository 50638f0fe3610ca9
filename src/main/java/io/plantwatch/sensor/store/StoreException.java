package io.plantwatch.sensor.store;

/** The store cannot be opened or written; the message says why in plain words. */
public class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
