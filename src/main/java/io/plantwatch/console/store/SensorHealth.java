package io.plantwatch.console.store;

/**
 * A sensor's sync health, after Defender's {@code connectionState}: SYNCED (the last sync
 * completed), OUT_OF_SYNC (never synced yet, or the sensor answered but the sync could not
 * complete: refused token, bad data, cancelled), DISCONNECTED (the sensor could not be reached or
 * the connection broke: refused, reset, timed out, certificate refused).
 */
public enum SensorHealth {
    SYNCED, OUT_OF_SYNC, DISCONNECTED
}
