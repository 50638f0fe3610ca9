package io.plantwatch.inventory;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.IpAddress;
import io.plantwatch.decode.IpProtocol;
import io.plantwatch.decode.MacAddress;
import io.plantwatch.decode.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a {@link TrafficCollector}'s state into an {@link Inventory}. Reads the collector without
 * changing it, so a running sensor can take snapshots; call it on the collector's thread. Cost is
 * linear in flows and addresses (each address is formatted once).
 */
public final class InventoryBuilder {
    private static final Identity[] IDENTITIES = Identity.values();
    private final DeviceClassifier classifier;

    public InventoryBuilder(DeviceClassifier classifier) {
        this.classifier = classifier;
    }

    public Inventory build(TrafficCollector collector) {
        Collection<BindingTotals> bindings = BindingTotals.of(collector.addresses, collector.flows);
        Map<IpAddress, Long> owners = AddressAssignment.assign(collector.addresses, bindings);
        Map<Long, DeviceDraft> byMac = new TreeMap<>();
        Map<IpAddress, DeviceDraft> ipOnly = new TreeMap<>();
        Map<IpAddress, DeviceDraft> byIp = new HashMap<>();
        drafts(collector, bindings, owners, byMac, ipOnly, byIp);

        List<Flow> flows = collector.flows.inCreationOrder();
        ConversationTotals totals = new ConversationTotals(collector.hosts.size(), flows.size());
        List<Connection> connections = new ArrayList<>(flows.size());
        DeviceDraft[] draftOfHost = new DeviceDraft[collector.hosts.size()];
        for (Flow flow : flows) {
            totals.add(flow);
            if (flow.protocol != Flow.FRAGMENTS) {
                connections.add(connection(flow, draft(flow.hostA, draftOfHost, byIp), draft(flow.hostB, draftOfHost, byIp)));
            }
        }
        collector.observer.facts().forEach((subject, facts) -> {
            DeviceDraft d = subject.ip() != null ? byIp.get(subject.ip()) : byMac.get(subject.mac());
            if (d != null) {
                d.facts(facts);
            }
        });

        List<Device> devices = new ArrayList<>(byMac.size() + ipOnly.size());
        for (DeviceDraft d : byMac.values()) {
            devices.add(device(d));
        }
        for (DeviceDraft d : ipOnly.values()) {
            devices.add(device(d));
        }
        return new Inventory(devices, connections, totals.conversations(), totals.endpoints(),
                collector.statistics.totals(), collector.functions.totals(),
                List.copyOf(collector.observer.activities()));
    }

    /** One draft per unicast MAC (with the IPs it owns) and per IP-only address. */
    private static void drafts(TrafficCollector collector, Collection<BindingTotals> bindings,
                               Map<IpAddress, Long> owners, Map<Long, DeviceDraft> byMac,
                               Map<IpAddress, DeviceDraft> ipOnly, Map<IpAddress, DeviceDraft> byIp) {
        for (AddressBook.MacSighting s : collector.addresses.macSightings()) {
            byMac.computeIfAbsent(s.mac, m -> new DeviceDraft(m, null)).seen(s.firstSeen, s.lastSeen);
        }
        for (BindingTotals b : bindings) {
            if (MacAddress.isUnicast(b.mac())) {
                byMac.computeIfAbsent(b.mac(), m -> new DeviceDraft(m, null)).seen(b.firstSeen(), b.lastSeen());
            }
        }
        collector.addresses.arpClaims().forEach((claim, counts) ->
                byMac.computeIfAbsent(claim.mac(), m -> new DeviceDraft(m, null)).seen(counts[1], counts[1]));
        owners.forEach((ip, mac) -> {
            DeviceDraft d = mac == MacAddress.NONE
                    ? ipOnly.computeIfAbsent(ip, i -> new DeviceDraft(MacAddress.NONE, i))
                    : byMac.computeIfAbsent(mac, m -> new DeviceDraft(m, null));
            d.ips.add(ip);
            byIp.put(ip, d);
        });
        for (BindingTotals b : bindings) {
            DeviceDraft d = byIp.get(b.ip());
            if (d != null && (d.ipOnly != null || d.mac == b.mac())) {
                d.seen(b.firstSeen(), b.lastSeen());
            }
        }
    }

    /** The device that owns a host's address, found once per host and build. */
    private static DeviceDraft draft(Host host, DeviceDraft[] draftOfHost, Map<IpAddress, DeviceDraft> byIp) {
        DeviceDraft d = draftOfHost[host.index];
        if (d == null) {
            d = byIp.get(host.ip);
            draftOfHost[host.index] = d;
        }
        return d;
    }

    private static Connection connection(Flow flow, DeviceDraft deviceA, DeviceDraft deviceB) {
        FlowRole role = FlowRole.of(flow);
        boolean serverIsB = role.serverIsB();
        int serverPort = serverIsB ? flow.bPort : flow.aPort;
        String transport = IpProtocol.name(flow.protocol);
        DeviceDraft clientDevice = serverIsB ? deviceA : deviceB;
        DeviceDraft serverDevice = serverIsB ? deviceB : deviceA;
        if (clientDevice != null) {
            clientDevice.flowProtocols(flow);
        }
        if (serverDevice != null) {
            serverDevice.flowProtocols(flow);
            if (role.serverAnswered(flow)) {
                serverDevice.openPorts.add(new Device.OpenPort(transport, serverPort));
            }
        }
        String roleProtocol = flow.roleProtocol();
        if (roleProtocol != null) {
            int bits = flow.roleBits();
            if (deviceA != null) {
                deviceA.roles(roleProtocol, bits & FlowRoles.END_A_MASK);
            }
            if (deviceB != null) {
                deviceB.roles(roleProtocol, bits >>> FlowRoles.END_B_SHIFT);
            }
        }
        flow.forEachMoreRole(note -> {
            DeviceDraft d = note.endA() ? deviceA : deviceB;
            if (d != null) {
                d.role(note.protocol(), note.role());
            }
        });
        return connection(flow, role);
    }

    /** A flow (not of fragments) as a connection, client first where {@code role} tells. */
    static Connection connection(Flow flow, FlowRole role) {
        boolean serverIsB = role.serverIsB();
        Host client = serverIsB ? flow.hostA : flow.hostB;
        Host server = serverIsB ? flow.hostB : flow.hostA;
        boolean ports = flow.hasPorts();
        return new Connection(IpProtocol.name(flow.protocol),
                new Connection.Endpoint(client.name(), ports ? (serverIsB ? flow.aPort : flow.bPort) : null),
                new Connection.Endpoint(server.name(), ports ? (serverIsB ? flow.bPort : flow.aPort) : null),
                flow.packets, flow.bytes, flow.firstSeen, flow.lastSeen, flow.protocols(),
                flow.commands());
    }

    private Device device(DeviceDraft d) {
        Map<String, List<String>> identities = new LinkedHashMap<>();
        List<Device.Property> properties = new ArrayList<>();
        for (Identity field : IDENTITIES) {
            Map<String, long[]> counts = null; // most devices state few fields: no map for the rest
            for (DeviceFacts facts : d.facts) {
                Map<String, DeviceFacts.Statement> values = facts.identities.get(field);
                if (values == null) {
                    continue;
                }
                if (counts == null) {
                    counts = new LinkedHashMap<>();
                }
                for (DeviceFacts.Statement s : values.values()) {
                    counts.computeIfAbsent(s.value, v -> new long[1])[0] += s.count;
                    properties.add(new Device.Property(field.name().toLowerCase(), s.value, s.protocol, s.count));
                }
            }
            if (counts != null && !counts.isEmpty()) {
                Map<String, long[]> stated = counts;
                List<String> ranked = new ArrayList<>(counts.keySet());
                ranked.sort(Comparator.comparingLong((String v) -> -stated.get(v)[0]));
                identities.put(field.name(), ranked);
            }
        }
        List<String> ips = d.ips.stream().map(IpAddress::toString).toList();
        List<Long> macs = d.mac == MacAddress.NONE ? List.of() : List.of(d.mac);
        Map<String, Set<Role>> roles = new TreeMap<>(d.roles);
        List<Device.OpenPort> openPorts = List.copyOf(d.openPorts);
        Classification c = classifier.classify(new DeviceProfile(macs, ips, identities, roles,
                Set.copyOf(d.protocols), openPorts));
        List<String> roleNames = new ArrayList<>();
        roles.forEach((protocol, set) -> set.forEach(r -> roleNames.add(protocol + "/" + r.name())));
        String vendor = first(identities, Identity.VENDOR);
        if (vendor == null) {
            vendor = c.vendor();
        }
        String id = d.mac != MacAddress.NONE ? "mac:" + MacAddress.toString(d.mac) : "ip:" + d.ipOnly;
        return new Device(id, macs.stream().map(MacAddress::toString).toList(), ips,
                first(identities, Identity.NAME), vendor, c.type(), first(identities, Identity.MODEL),
                first(identities, Identity.FIRMWARE), first(identities, Identity.OS), c.purdueLevel(),
                List.copyOf(d.protocols), openPorts, d.firstSeen == Long.MAX_VALUE ? 0 : d.firstSeen,
                d.lastSeen == Long.MIN_VALUE ? 0 : d.lastSeen, properties, roleNames, c.evidence());
    }

    private static String first(Map<String, List<String>> identities, Identity field) {
        List<String> values = identities.get(field.name());
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
