package io.plantwatch.inventory;

import io.plantwatch.decode.IpAddress;
import io.plantwatch.decode.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A device while {@link InventoryBuilder} assembles it. Not thread-safe. */
final class DeviceDraft {
    final long mac;
    /** The address of an IP-only device, else null. */
    final IpAddress ipOnly;
    final Set<IpAddress> ips = new TreeSet<>();
    long firstSeen = Long.MAX_VALUE;
    long lastSeen = Long.MIN_VALUE;
    final Set<String> protocols = new LinkedHashSet<>();
    final Set<Device.OpenPort> openPorts = new TreeSet<>(
            Comparator.comparing(Device.OpenPort::transport).thenComparingInt(Device.OpenPort::port));
    final Map<String, EnumSet<Role>> roles = new TreeMap<>();
    final List<DeviceFacts> facts = new ArrayList<>();

    DeviceDraft(long mac, IpAddress ipOnly) {
        this.mac = mac;
        this.ipOnly = ipOnly;
    }

    void seen(long first, long last) {
        firstSeen = Math.min(firstSeen, first);
        lastSeen = Math.max(lastSeen, last);
    }

    void role(String protocol, Role role) {
        roles.computeIfAbsent(protocol, p -> EnumSet.noneOf(Role.class)).add(role);
    }

    void facts(DeviceFacts f) {
        facts.add(f);
        protocols.addAll(f.protocols);
        f.roles.forEach((protocol, set) -> roles.computeIfAbsent(protocol, p -> EnumSet.noneOf(Role.class)).addAll(set));
    }
}
