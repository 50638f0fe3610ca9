package io.plantwatch.detect;

/**
 * An open alert raised again within {@link Detector#GROUP_NANOS} of its previous sighting: grouped
 * into it rather than raised anew. Reported once per detection step with the totals so far.
 *
 * @param alertId the grouped alert's id, or null when it was raised before a restart
 *                ({@link Detector#reopen}); then {@code dedupKey} names it
 * @param count sightings so far, the first included (for a reopened alert: since the restart, plus one)
 * @param lastSeen epoch nanoseconds of the latest sighting
 */
public record AlertRepeat(String alertId, String dedupKey, long count, long lastSeen) {
}
