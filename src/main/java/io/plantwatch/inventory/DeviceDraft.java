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
    /**
     * Protocols added from flows, by number ({@link ProtocolIds}), as bits: a device takes part in
     * thousands of flows of the same protocols, and a flow whose protocols are all here adds nothing.
     */
    private long flowProtocolBits;
    /** A protocol whose roles were added from flows, and those roles as bits of their ordinals. */
    private String rolesNotedProtocol;
    private int rolesNoted;
    private static final Role[] ROLES = Role.values();

    DeviceDraft(long mac, IpAddress ipOnly) {
        this.mac = mac;
        this.ipOnly = ipOnly;
    }

    void seen(long first, long last) {
        firstSeen = Math.min(firstSeen, first);
        lastSeen = Math.max(lastSeen, last);
    }

    /**
     * Adds a flow's protocols. When the flow's protocol bits tell them all and each is in the set
     * already (most flows of a device), its names are not looked at.
     */
    void flowProtocols(Flow flow) {
        long bits = flow.protocolBits();
        boolean all = flow.protocolsAllInBits();
        if (all && (flowProtocolBits & bits) == bits) {
            return; // every one of them is in the set already
        }
        List<String> names = flow.protocols();
        if (!names.isEmpty()) {
            protocols.addAll(names);
        }
        flowProtocolBits |= bits;
    }

    /** Adds the roles one end of a flow plays in {@code protocol}: bits of {@link Role#ordinal}s. */
    void roles(String protocol, int bits) {
        if (bits == 0 || (protocol == rolesNotedProtocol && (bits & ~rolesNoted) == 0)) {
            return;
        }
        EnumSet<Role> set = roles.computeIfAbsent(protocol, p -> EnumSet.noneOf(Role.class));
        for (Role r : ROLES) {
            if ((bits & (1 << r.ordinal())) != 0) {
                set.add(r);
            }
        }
        if (protocol != rolesNotedProtocol) {
            rolesNotedProtocol = protocol;
            rolesNoted = 0;
        }
        rolesNoted |= bits;
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
