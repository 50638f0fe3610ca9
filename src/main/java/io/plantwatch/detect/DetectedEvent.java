package io.plantwatch.detect;

/**
 * An entry of the event timeline (Defender's events API).
 *
 * @param time epoch nanoseconds
 * @param type a Defender event type ({@link EventTypes})
 * @param severity INFO, NOTICE or ALERT
 */
public record DetectedEvent(long time, String type, String title, String severity, String content) {
}
