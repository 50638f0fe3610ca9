package io.plantwatch.console.merge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One sensor's view of one device: the provenance entry kept inside the merged device (the
 * {@code sources} column). MACs are lowercase with colons; lists are sorted.
 *
 * @param sensor the console's sensor id
 * @param id the sensor's own id for the device
 * @param firstSeen epoch ms, or null (Defender sensors do not report it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceSource(long sensor, long id, List<String> macs, List<String> ips, String name, String vendor,
                           String type, String model, String firmware, String os, Integer purdueLevel,
                           Long firstSeen, Long lastSeen) {
    public DeviceSource {
        macs = sortedDistinct(macs);
        ips = sortedDistinct(ips);
    }

    /** Addresses sorted and without repeats, so equal views are equal records (cheap when already so). */
    private static List<String> sortedDistinct(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i - 1).compareTo(values.get(i)) >= 0) {
                return List.copyOf(new java.util.TreeSet<>(values));
            }
        }
        return List.copyOf(values);
    }

    @JsonIgnore
    public SourceKey key() {
        return new SourceKey(sensor, id);
    }
}
