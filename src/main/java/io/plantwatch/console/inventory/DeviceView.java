package io.plantwatch.console.inventory;

import java.util.List;

/**
 * A merged device as the console shows it: facts, where it is, which sensors report it, how
 * they disagree and what each said.
 *
 * @param sensors names of the reporting sensors, sorted
 * @param provenance what each sensor reports; empty in a summary listing
 * @param authorized as a user set it in the console, or null when nobody decided
 * @param notes a user's notes, or null
 * @param edited whether a user changed any of name, type, Purdue level (they then show instead
 *     of what the sensors report, which stays in the provenance)
 */
public record DeviceView(long id, List<String> macs, List<String> ips, String name, String vendor, String type,
                         String model, String firmware, String os, Integer purdueLevel, Long firstSeen,
                         Long lastSeen, String zone, String site, List<String> sensors,
                         List<ConflictView> conflicts, List<ProvenanceView> provenance,
                         Boolean authorized, String notes, boolean edited) {

    /** Sensors disagree on {@code field}. */
    public record ConflictView(String field, List<ValueView> values) {
    }

    /** One value of a conflict and the names of the sensors that report it. */
    public record ValueView(String value, List<String> sensors) {
    }

    /** What one sensor reports about the device, under its own id for it. */
    public record ProvenanceView(String sensor, long sensorDeviceId, List<String> macs, List<String> ips,
                                 String vendor, String type, String firmware, Long firstSeen, Long lastSeen) {
    }
}
