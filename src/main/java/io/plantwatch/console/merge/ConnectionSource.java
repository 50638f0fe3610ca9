package io.plantwatch.console.merge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One sensor's view of one connection: the provenance entry kept inside the merged connection.
 *
 * @param key the sensor's identity for the connection (its 5-tuple, or Defender's device pair)
 * @param first the sensor's id of the first device
 * @param second the sensor's id of the second device
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionSource(long sensor, String key, long first, long second, String transport,
                               List<Integer> ports, List<ProtocolUse> protocols, Long discovered, Long lastSeen,
                               Long packets, Long bytes) {
    public ConnectionSource {
        ports = ports == null ? List.of() : List.copyOf(ports);
        protocols = protocols == null ? List.of() : List.copyOf(protocols);
    }

    @JsonIgnore
    public ConnectionKey connectionKey() {
        return new ConnectionKey(sensor, key);
    }

    @JsonIgnore
    public SourceKey firstDevice() {
        return new SourceKey(sensor, first);
    }

    @JsonIgnore
    public SourceKey secondDevice() {
        return new SourceKey(sensor, second);
    }
}
