package io.plantwatch.console.sync;

import io.plantwatch.console.store.SensorHealth;

/**
 * How one sensor's sync ended.
 *
 * @param kind PLANTWATCH or DEFENDER, null when the sensor was never reached
 * @param complete whether this was a full (not incremental) sync
 * @param fetched items received from the sensor
 * @param rowsWritten merged rows inserted, updated or deleted in the store
 * @param error why it failed, or null
 */
public record SensorSyncResult(String sensor, SensorHealth health, String kind, boolean complete, long fetched,
                               long devicesChanged, long rowsWritten, long millis, String error) {
    public boolean succeeded() {
        return error == null;
    }
}
