package io.plantwatch.console.ti;

/**
 * One sensor's push outcome: ok with the TI version its status now reports, or the reason it
 * failed (unreachable, rejected by the sensor, wrong version after upload, cancelled). Immutable.
 */
public record SensorPushResult(String sensor, boolean ok, String tiVersion, String error, long millis) {
    /** The TI version each successful push confirmed, by sensor (for {@code SensorRegistry.recordTiVersions}). */
    public static java.util.Map<String, String> confirmedVersions(java.util.Collection<SensorPushResult> results) {
        java.util.Map<String, String> versions = new java.util.LinkedHashMap<>();
        results.stream().filter(SensorPushResult::ok).forEach(r -> versions.put(r.sensor(), r.tiVersion()));
        return versions;
    }
}
