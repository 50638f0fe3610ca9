package io.plantwatch.sensor.api;

/** A request the API refuses, with the status and the message for {@code {"error": ...}}. */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
