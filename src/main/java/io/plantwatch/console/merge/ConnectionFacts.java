package io.plantwatch.console.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Derives a merged connection from its sources: unions of ports and protocols, widest time span. Stateless. */
public final class ConnectionFacts {
    private ConnectionFacts() {
    }

    public static MergedConnection merge(long id, long zoneId, long deviceA, long deviceB,
                                         Collection<ConnectionSource> sourceSet) {
        List<ConnectionSource> sources = new ArrayList<>(sourceSet);
        sources.sort(Comparator.comparing(ConnectionSource::connectionKey));
        TreeSet<Integer> ports = new TreeSet<>();
        Map<String, TreeSet<String>> commands = new TreeMap<>();
        TreeSet<Long> sensors = new TreeSet<>();
        Long discovered = null;
        Long lastSeen = null;
        for (ConnectionSource source : sources) {
            ports.addAll(source.ports());
            for (ProtocolUse protocol : source.protocols()) {
                if (protocol.name() != null) {
                    commands.computeIfAbsent(protocol.name(), k -> new TreeSet<>()).addAll(protocol.commands());
                }
            }
            sensors.add(source.sensor());
            discovered = DeviceFacts.min(discovered, source.discovered());
            lastSeen = DeviceFacts.max(lastSeen, source.lastSeen());
        }
        List<ProtocolUse> protocols = new ArrayList<>();
        commands.forEach((name, used) -> protocols.add(new ProtocolUse(name, List.copyOf(used))));
        return new MergedConnection(id, zoneId, deviceA, deviceB, List.copyOf(ports), List.copyOf(protocols),
                discovered, lastSeen, List.copyOf(sensors), List.copyOf(sources));
    }
}
