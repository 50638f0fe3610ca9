package io.plantwatch.console.sync;

/**
 * A sensor API call failed. {@link #unreachable()} tells a broken or refused connection (health
 * DISCONNECTED) from a sensor that answered with an error (health OUT_OF_SYNC). The message never
 * contains the token.
 */
public final class SensorApiException extends Exception {
    private final boolean unreachable;
    private final int status;

    public SensorApiException(String message, boolean unreachable, int status, Throwable cause) {
        super(message, cause);
        this.unreachable = unreachable;
        this.status = status;
    }

    public boolean unreachable() {
        return unreachable;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}
