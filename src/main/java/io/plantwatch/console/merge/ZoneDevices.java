package io.plantwatch.console.merge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The merged devices of one zone, in memory, with the indexes the merge needs. The rules
 * (docs/decisions/0003-console-store-and-merge.md):
 * <ul>
 * <li>sources that share a MAC are one device (one device per MAC within the zone);</li>
 * <li>a source known only by IP joins the one MAC device of the zone that has one of its IPs;
 *     when no MAC device or several have them (ambiguous), it joins the IP-only device keyed by
 *     its smallest IP;</li>
 * <li>a source reporting neither is a device of its own; nothing ever merges across zones.</li>
 * </ul>
 * A change regroups only the devices it can affect (those sharing a MAC or IP with a changed
 * source, closed over IP-only sources), so an incremental sync costs what changed, not the zone.
 * The result does not depend on the order in which sensors were synced.
 *
 * <p>Not thread-safe: its {@link ZoneState} is used under the zone's lock.
 */
public final class ZoneDevices {
    private final long zoneId;
    private final Map<SourceKey, Long> deviceOf = new HashMap<>();
    private final Map<Long, MergedDevice> devices = new HashMap<>();
    private final Map<String, Long> deviceByMac = new HashMap<>();
    private final SetIndex<String, Long> macDevicesByIp = new SetIndex<>(1024);
    private final SetIndex<String, SourceKey> ipOnlySourcesByIp = new SetIndex<>(64);

    public ZoneDevices(long zoneId) {
        this.zoneId = zoneId;
    }

    /** Adds a device read from the store. */
    public void load(MergedDevice device) {
        Long id = device.id();
        devices.put(id, device);
        for (DeviceSource source : device.sources()) {
            deviceOf.put(source.key(), id);
        }
        index(device);
    }

    /** A source as the zone holds it, or null (looked up through its device: a map fewer to keep). */
    private DeviceSource source(SourceKey key) {
        Long id = deviceOf.get(key);
        if (id == null) {
            return null;
        }
        for (DeviceSource source : devices.get(id).sources()) {
            if (source.sensor() == key.sensor() && source.id() == key.id()) {
                return source;
            }
        }
        return null;
    }

    public Long deviceOf(SourceKey source) {
        return deviceOf.get(source);
    }

    public MergedDevice device(long id) {
        return devices.get(id);
    }

    public int size() {
        return devices.size();
    }

    public Collection<MergedDevice> devices() {
        return devices.values();
    }

    /** The keys of every source one sensor reports in this zone. */
    public Set<SourceKey> sourcesOf(long sensor) {
        Set<SourceKey> keys = new HashSet<>();
        for (SourceKey key : deviceOf.keySet()) {
            if (key.sensor() == sensor) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * Applies new or changed sources and removals, regrouping what they affect.
     *
     * @param touched receives every source key whose device may have changed (for connections)
     */
    public ItemChanges<MergedDevice> apply(Collection<DeviceSource> upserts, Collection<SourceKey> removals,
                                           IdAllocator ids, Set<SourceKey> touched) {
        Map<SourceKey, DeviceSource> changed = new LinkedHashMap<>();
        for (DeviceSource upsert : upserts) {
            if (!upsert.equals(source(upsert.key()))) {
                changed.put(upsert.key(), upsert);
            }
        }
        Set<SourceKey> removed = new HashSet<>();
        for (SourceKey removal : removals) {
            if (deviceOf.containsKey(removal) && !changed.containsKey(removal)) {
                removed.add(removal);
            }
        }
        if (changed.isEmpty() && removed.isEmpty()) {
            return ItemChanges.none();
        }
        Set<Long> affected = new HashSet<>();
        Deque<String> ipWork = new ArrayDeque<>();
        Set<String> ipsDone = new HashSet<>();
        for (SourceKey key : removed) {
            affect(deviceOf.get(key), affected, ipWork);
        }
        for (DeviceSource source : changed.values()) {
            affect(deviceOf.get(source.key()), affected, ipWork);
            for (String mac : source.macs()) {
                affect(deviceByMac.get(mac), affected, ipWork);
            }
            ipWork.addAll(source.ips());
        }
        DeviceGrouping grouping;
        while (true) {
            closeOverIpOnlySources(affected, ipWork, ipsDone);
            grouping = DeviceGrouping.of(population(affected, changed, removed),
                    macDevicesByIp::get, affected);
            if (grouping.externalOwners().isEmpty()) {
                break;
            }
            for (Long external : grouping.externalOwners()) {
                affect(external, affected, ipWork);
            }
        }
        return replace(affected, grouping.groups(), changed, removed, ids, touched);
    }

    private void affect(Long device, Set<Long> affected, Deque<String> ipWork) {
        if (device != null && affected.add(device)) {
            ipWork.addAll(devices.get(device).ips());
        }
    }

    /** IP-only sources whose IP is among the affected ones may change owner: affect their devices. */
    private void closeOverIpOnlySources(Set<Long> affected, Deque<String> ipWork, Set<String> ipsDone) {
        while (!ipWork.isEmpty()) {
            String ip = ipWork.poll();
            if (ipsDone.add(ip)) {
                for (SourceKey key : ipOnlySourcesByIp.get(ip)) {
                    affect(deviceOf.get(key), affected, ipWork);
                }
            }
        }
    }

    private List<DeviceSource> population(Set<Long> affected, Map<SourceKey, DeviceSource> changed,
                                          Set<SourceKey> removed) {
        Map<SourceKey, DeviceSource> population = new TreeMap<>();
        for (Long id : affected) {
            for (DeviceSource source : devices.get(id).sources()) {
                if (!removed.contains(source.key())) {
                    population.put(source.key(), source);
                }
            }
        }
        population.putAll(changed);
        return new ArrayList<>(population.values());
    }

    /** Swaps the affected devices for the new groups; each group keeps the old id most of it had. */
    private ItemChanges<MergedDevice> replace(Set<Long> affected, List<List<DeviceSource>> groups,
                                              Map<SourceKey, DeviceSource> changed, Set<SourceKey> removed,
                                              IdAllocator ids, Set<SourceKey> touched) {
        groups.sort((a, b) -> a.size() != b.size() ? Integer.compare(b.size(), a.size())
                : a.get(0).key().compareTo(b.get(0).key()));
        Set<Long> claimed = new HashSet<>();
        List<MergedDevice> inserted = new ArrayList<>();
        List<MergedDevice> updated = new ArrayList<>();
        List<MergedDevice> result = new ArrayList<>();
        for (List<DeviceSource> group : groups) {
            Long id = oldIdWithMostVotes(group, claimed);
            boolean isNew = id == null;
            if (isNew) {
                id = ids.nextDevice();
            }
            claimed.add(id);
            MergedDevice device = DeviceFacts.merge(id, zoneId, group);
            result.add(device);
            if (isNew) {
                inserted.add(device);
            } else if (!device.equals(devices.get(id))) {
                updated.add(device);
            }
        }
        Set<Long> deleted = new HashSet<>(affected);
        deleted.removeAll(claimed);
        for (Long id : affected) {
            MergedDevice old = devices.remove(id);
            unindex(old);
            for (DeviceSource source : old.sources()) {
                touched.add(source.key());
                deviceOf.remove(source.key());
            }
        }
        for (SourceKey key : removed) {
            deviceOf.remove(key);
            touched.add(key);
        }
        for (MergedDevice device : result) {
            Long id = device.id();
            devices.put(id, device);
            for (DeviceSource source : device.sources()) {
                deviceOf.put(source.key(), id);
                touched.add(source.key());
            }
            index(device);
        }
        return new ItemChanges<>(inserted, updated, deleted);
    }

    /** The old device id most of the group had (smallest on a tie), not yet taken by a larger group. */
    private Long oldIdWithMostVotes(List<DeviceSource> group, Set<Long> claimed) {
        if (group.size() == 1) {
            Long old = deviceOf.get(group.get(0).key());
            return old == null || claimed.contains(old) ? null : old;
        }
        Map<Long, Integer> votes = new TreeMap<>();
        for (DeviceSource source : group) {
            Long old = deviceOf.get(source.key());
            if (old != null && !claimed.contains(old)) {
                votes.merge(old, 1, Integer::sum);
            }
        }
        Long best = null;
        int most = 0;
        for (Map.Entry<Long, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > most) {
                best = vote.getKey();
                most = vote.getValue();
            }
        }
        return best;
    }

    private void index(MergedDevice device) {
        boolean hasMac = !device.macs().isEmpty();
        for (String mac : device.macs()) {
            deviceByMac.put(mac, device.id());
        }
        if (hasMac) {
            for (String ip : device.ips()) {
                macDevicesByIp.add(ip, device.id());
            }
        }
        for (DeviceSource source : device.sources()) {
            if (source.macs().isEmpty()) {
                for (String ip : source.ips()) {
                    ipOnlySourcesByIp.add(ip, source.key());
                }
            }
        }
    }

    private void unindex(MergedDevice device) {
        for (String mac : device.macs()) {
            deviceByMac.remove(mac, device.id());
        }
        for (String ip : device.ips()) {
            macDevicesByIp.remove(ip, device.id());
        }
        for (DeviceSource source : device.sources()) {
            if (source.macs().isEmpty()) {
                for (String ip : source.ips()) {
                    ipOnlySourcesByIp.remove(ip, source.key());
                }
            }
        }
    }
}
