package io.plantwatch.console.merge;

import java.util.List;

/**
 * The traffic between two merged devices of a zone, as all sensors report it (Defender's
 * device-pair granularity). {@code deviceA < deviceB}.
 */
public record MergedConnection(long id, long zoneId, long deviceA, long deviceB, List<Integer> ports,
                               List<ProtocolUse> protocols, Long discovered, Long lastSeen, List<Long> sensors,
                               List<ConnectionSource> sources) {
}
