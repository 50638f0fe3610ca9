package io.plantwatch.console.sensors;

/**
 * A change to a registered sensor. A new URL needs the certificate found there confirmed again
 * (as when adding); a new zone moves what the sensor reported: it leaves the old zone now and the
 * next sync reads everything again into the new one.
 *
 * @param token the new API token, or null to keep the stored one
 * @param confirmed the fingerprint the user confirmed for {@code url}; needed when the URL changes
 */
public record SensorEdit(String name, String url, String token, String site, String zone, Fingerprint confirmed) {
}
