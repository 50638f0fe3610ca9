package io.plantwatch.console.sync;

import io.plantwatch.console.merge.SensorBatch;

/**
 * What one sync fetched from one sensor, before merging.
 *
 * @param kind PLANTWATCH (incremental through {@code changes}) or DEFENDER (full pulls)
 * @param tiVersion the sensor's TI package version as its status gave it (null when unknown)
 * @param cursor the cursor to store once this batch is committed (null for Defender sensors)
 */
public record SensorFetch(String kind, String version, String tiVersion, String cursor, SensorBatch batch) {
    public static final String PLANTWATCH = "PLANTWATCH";
    public static final String DEFENDER = "DEFENDER";
}
