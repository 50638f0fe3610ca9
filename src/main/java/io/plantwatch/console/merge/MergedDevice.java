package io.plantwatch.console.merge;

import java.util.List;

/**
 * A device of a zone as merged from every sensor that reports it. Its facts are derived from its
 * sources by {@link DeviceFacts}; the sources are its provenance.
 *
 * @param sensors the console ids of the reporting sensors, sorted
 */
public record MergedDevice(long id, long zoneId, List<String> macs, List<String> ips, String name, String vendor,
                           String type, String model, String firmware, String os, Integer purdueLevel,
                           Long firstSeen, Long lastSeen, List<Long> sensors, List<Conflict> conflicts,
                           List<DeviceSource> sources) {
}
