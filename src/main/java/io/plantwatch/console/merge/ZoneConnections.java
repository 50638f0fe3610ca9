package io.plantwatch.console.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The merged connections of one zone: sources are grouped by the pair of merged devices at their
 * ends, so when devices merge or split their connections follow. A source whose ends are not
 * (yet) known devices, or fall on the same merged device, is not shown and not stored.
 *
 * <p>Not thread-safe: used under the zone's lock.
 */
public final class ZoneConnections {
    private record Pair(long a, long b) {
        static Pair of(long x, long y) {
            return x < y ? new Pair(x, y) : new Pair(y, x);
        }
    }

    private final long zoneId;
    private final Map<ConnectionKey, ConnectionSource> sources = new HashMap<>();
    private final Map<ConnectionKey, Long> connectionOf = new HashMap<>();
    private final Map<Long, MergedConnection> connections = new HashMap<>();
    private final Map<Pair, Long> byPair = new HashMap<>();
    private final Map<SourceKey, Set<ConnectionKey>> byEndpoint = new HashMap<>();

    public ZoneConnections(long zoneId) {
        this.zoneId = zoneId;
    }

    public void load(MergedConnection connection) {
        connections.put(connection.id(), connection);
        byPair.put(Pair.of(connection.deviceA(), connection.deviceB()), connection.id());
        for (ConnectionSource source : connection.sources()) {
            putSource(source);
            connectionOf.put(source.connectionKey(), connection.id());
        }
    }

    public int size() {
        return connections.size();
    }

    public java.util.Collection<MergedConnection> connections() {
        return connections.values();
    }

    /** No connection at all, not even one waiting for its devices. */
    public boolean isEmpty() {
        return sources.isEmpty();
    }

    public Set<ConnectionKey> sourcesOf(long sensor) {
        Set<ConnectionKey> keys = new HashSet<>();
        for (ConnectionKey key : sources.keySet()) {
            if (key.sensor() == sensor) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * Applies changed and removed connection sources, and re-resolves the sources whose end
     * devices were touched by the device merge.
     */
    public ItemChanges<MergedConnection> apply(Collection<ConnectionSource> upserts,
                                               Collection<ConnectionKey> removals, Set<SourceKey> touchedDevices,
                                               Function<SourceKey, Long> deviceOf, IdAllocator ids) {
        Set<ConnectionKey> affectedSources = new HashSet<>();
        for (ConnectionSource upsert : upserts) {
            if (!upsert.equals(sources.get(upsert.connectionKey()))) {
                affectedSources.add(upsert.connectionKey());
            }
        }
        for (ConnectionKey removal : removals) {
            if (sources.containsKey(removal)) {
                affectedSources.add(removal);
            }
        }
        for (SourceKey device : touchedDevices) {
            affectedSources.addAll(byEndpoint.getOrDefault(device, Set.of()));
        }
        if (affectedSources.isEmpty()) {
            return ItemChanges.none();
        }
        for (ConnectionKey removal : removals) {
            removeSource(removal);
        }
        for (ConnectionSource upsert : upserts) {
            if (affectedSources.contains(upsert.connectionKey())) {
                removeSource(upsert.connectionKey());
                putSource(upsert);
            }
        }
        Set<Long> affected = new HashSet<>();
        for (ConnectionKey key : affectedSources) {
            Long old = connectionOf.get(key);
            if (old != null) {
                affected.add(old);
            }
        }
        Map<Pair, List<ConnectionSource>> groups = new TreeMap<>(
                (x, y) -> x.a != y.a ? Long.compare(x.a, y.a) : Long.compare(x.b, y.b));
        Set<ConnectionKey> grouped = new HashSet<>();
        List<ConnectionSource> pending = new ArrayList<>();
        for (ConnectionKey key : affectedSources) {
            if (sources.containsKey(key)) {
                pending.add(sources.get(key));
            }
        }
        for (Long id : affected) {
            pending.addAll(connections.get(id).sources());
        }
        while (!pending.isEmpty()) {
            ConnectionSource source = pending.remove(pending.size() - 1);
            ConnectionSource current = sources.get(source.connectionKey());
            if (current == null || !grouped.add(current.connectionKey())) {
                continue;
            }
            Long a = deviceOf.apply(current.firstDevice());
            Long b = deviceOf.apply(current.secondDevice());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            Pair pair = Pair.of(a, b);
            groups.computeIfAbsent(pair, k -> new ArrayList<>()).add(current);
            Long existing = byPair.get(pair);
            if (existing != null && affected.add(existing)) {
                pending.addAll(connections.get(existing).sources());
            }
        }
        return replace(affected, groups, ids);
    }

    private ItemChanges<MergedConnection> replace(Set<Long> affected, Map<Pair, List<ConnectionSource>> groups,
                                                  IdAllocator ids) {
        List<MergedConnection> inserted = new ArrayList<>();
        List<MergedConnection> updated = new ArrayList<>();
        Set<Long> kept = new HashSet<>();
        List<MergedConnection> result = new ArrayList<>();
        for (Map.Entry<Pair, List<ConnectionSource>> group : groups.entrySet()) {
            Long id = byPair.get(group.getKey());
            boolean isNew = id == null || !affected.contains(id);
            if (isNew) {
                id = ids.nextConnection();
            }
            kept.add(id);
            MergedConnection connection = ConnectionFacts.merge(id, zoneId, group.getKey().a, group.getKey().b,
                    group.getValue());
            result.add(connection);
            if (isNew) {
                inserted.add(connection);
            } else if (!connection.equals(connections.get(id))) {
                updated.add(connection);
            }
        }
        Set<Long> deleted = new HashSet<>(affected);
        deleted.removeAll(kept);
        for (Long id : affected) {
            MergedConnection old = connections.remove(id);
            byPair.remove(Pair.of(old.deviceA(), old.deviceB()), id);
            for (ConnectionSource source : old.sources()) {
                connectionOf.remove(source.connectionKey(), id);
            }
        }
        for (MergedConnection connection : result) {
            connections.put(connection.id(), connection);
            byPair.put(Pair.of(connection.deviceA(), connection.deviceB()), connection.id());
            for (ConnectionSource source : connection.sources()) {
                connectionOf.put(source.connectionKey(), connection.id());
            }
        }
        return new ItemChanges<>(inserted, updated, deleted);
    }

    private void putSource(ConnectionSource source) {
        sources.put(source.connectionKey(), source);
        byEndpoint.computeIfAbsent(source.firstDevice(), k -> new HashSet<>(2)).add(source.connectionKey());
        byEndpoint.computeIfAbsent(source.secondDevice(), k -> new HashSet<>(2)).add(source.connectionKey());
    }

    private void removeSource(ConnectionKey key) {
        ConnectionSource old = sources.remove(key);
        if (old != null) {
            for (SourceKey end : List.of(old.firstDevice(), old.secondDevice())) {
                Set<ConnectionKey> keys = byEndpoint.get(end);
                if (keys != null) {
                    keys.remove(key);
                    if (keys.isEmpty()) {
                        byEndpoint.remove(end);
                    }
                }
            }
        }
    }
}
