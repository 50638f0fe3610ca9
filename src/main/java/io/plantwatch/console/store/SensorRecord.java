package io.plantwatch.console.store;

/**
 * A registered sensor as stored (its token is kept elsewhere, see {@code sensors.TokenStore}).
 *
 * @param fingerprint the pinned SHA-256 fingerprint of the sensor's certificate
 * @param kind PLANTWATCH or DEFENDER once a sync has detected it, else null
 * @param cursor the change cursor of the last committed sync (Plantwatch sensors)
 * @param lastAttempt epoch ms of the last sync attempt, or null
 * @param lastSuccess epoch ms of the last completed sync, or null
 * @param tiVersion the TI package version the sensor reported when its status was last read, or null
 */
public record SensorRecord(long id, String name, String url, long zoneId, String zoneName, String siteName,
                           String fingerprint, long added, String kind, String cursor, String version,
                           SensorHealth health, String lastError, Long lastAttempt, Long lastSuccess,
                           String tiVersion) {
}
