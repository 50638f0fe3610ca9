package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /api/plantwatch/v1/status}.
 *
 * @param uptimeSeconds since the service started
 * @param tiVersion installed threat-intelligence package version, or null
 * @param captureState RUNNING, REPLAY_FINISHED, STOPPED or FAILED (with the reason in captureError)
 * @param cursor the current change cursor (what {@code changes?since=} would start from now)
 * @param packets frames captured so far
 * @param inventoryPackets frames counted in the inventory the API serves (behind {@code packets}
 *                         while the store catches up)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SensorStatus(String name, String version, long uptimeSeconds, String tiVersion, boolean learningMode,
                           long packets, long drops, long devices, long connections, long alerts,
                           String captureState, String captureError, String cursor, long inventoryPackets) {
}
