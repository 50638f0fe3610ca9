package io.plantwatch.capture;

import java.io.IOException;

/** A source that cannot be read at all (missing file, unknown format, permission). */
public class CaptureException extends IOException {
    public CaptureException(String message) {
        super(message);
    }

    public CaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
