package io.plantwatch.console.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One regrouping step of {@link ZoneDevices}: the zone's merge rules applied to a population of
 * sources (union-find over shared MACs, then each IP-only source to the one MAC device with its
 * IP, or to the IP-only group of its smallest IP). MAC devices outside the population that own
 * an IP of an IP-only source are reported in {@link #externalOwners()}: the caller adds them to
 * the population and groups again. Immutable once made.
 */
final class DeviceGrouping {
    private final List<List<DeviceSource>> groups = new ArrayList<>();
    private final Set<Long> externalOwners = new HashSet<>();

    private DeviceGrouping() {
    }

    /** The groups, in the order of their first source (the population's order). */
    List<List<DeviceSource>> groups() {
        return groups;
    }

    /** Devices outside the population that an IP-only source of it must join. */
    Set<Long> externalOwners() {
        return externalOwners;
    }

    /**
     * @param macDevicesWithIp the zone's MAC devices having an IP
     * @param inPopulation ids of the devices whose sources are all in the population
     */
    static DeviceGrouping of(List<DeviceSource> population, Function<String, Collection<Long>> macDevicesWithIp,
                             Set<Long> inPopulation) {
        int count = population.size();
        int[] parent = new int[count];
        Map<String, Integer> macOwner = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            parent[i] = i;
            for (String mac : population.get(i).macs()) {
                Integer other = macOwner.putIfAbsent(mac, i);
                if (other != null) {
                    union(parent, i, other);
                }
            }
        }
        SetIndex<String, Integer> internalOwners = new SetIndex<>(count);
        for (int i = 0; i < count; i++) {
            if (!population.get(i).macs().isEmpty()) {
                int root = find(parent, i);
                for (String ip : population.get(i).ips()) {
                    internalOwners.add(ip, root);
                }
            }
        }
        DeviceGrouping grouping = new DeviceGrouping();
        Map<String, Integer> ipOnlyGroupRoot = new HashMap<>();
        for (int i = 0; i < count; i++) {
            DeviceSource source = population.get(i);
            if (!source.macs().isEmpty() || source.ips().isEmpty()) {
                continue;
            }
            Set<Integer> internal = new HashSet<>();
            Set<Long> external = new HashSet<>();
            for (String ip : source.ips()) {
                internal.addAll(internalOwners.get(ip));
                for (Long owner : macDevicesWithIp.apply(ip)) {
                    if (!inPopulation.contains(owner)) {
                        external.add(owner);
                    }
                }
            }
            if (internal.size() + external.size() == 1) {
                if (internal.isEmpty()) {
                    grouping.externalOwners.addAll(external);
                } else {
                    parent[i] = internal.iterator().next();
                }
            } else {
                Integer root = ipOnlyGroupRoot.putIfAbsent(source.ips().get(0), i);
                if (root != null) {
                    parent[i] = root;
                }
            }
        }
        int[] groupOfRoot = new int[count];
        java.util.Arrays.fill(groupOfRoot, -1);
        for (int i = 0; i < count; i++) {
            int root = find(parent, i);
            if (groupOfRoot[root] < 0) {
                groupOfRoot[root] = grouping.groups.size();
                grouping.groups.add(new ArrayList<>(2));
            }
            grouping.groups.get(groupOfRoot[root]).add(population.get(i));
        }
        return grouping;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
