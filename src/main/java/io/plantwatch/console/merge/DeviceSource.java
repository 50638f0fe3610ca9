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
        macs = macs == null ? List.of() : List.copyOf(macs);
        ips = ips == null ? List.of() : List.copyOf(ips);
    }

    @JsonIgnore
    public SourceKey key() {
        return new SourceKey(sensor, id);
    }
}
