package io.plantwatch.console.ti;

/**
 * One sensor's push outcome: ok with the TI version its status now reports, or the reason it
 * failed (unreachable, rejected by the sensor, wrong version after upload, cancelled). Immutable.
 */
public record SensorPushResult(String sensor, boolean ok, String tiVersion, String error, long millis) {
}
