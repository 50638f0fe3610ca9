package io.plantwatch.inventory;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.IpAddress;
import io.plantwatch.decode.IpProtocol;
import io.plantwatch.decode.MacAddress;
import io.plantwatch.decode.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a {@link TrafficCollector}'s state into an {@link Inventory}. Reads the collector without
 * changing it, so a running sensor can take snapshots; call it on the collector's thread.
 */
public final class InventoryBuilder {
    private final DeviceClassifier classifier;

    public InventoryBuilder(DeviceClassifier classifier) {
        this.classifier = classifier;
    }

    /** A device while it is being assembled. */
    private static final class Draft {
        final long mac;
        final IpAddress ipOnly;
        final Set<IpAddress> ips = new TreeSet<>();
        long firstSeen = Long.MAX_VALUE;
        long lastSeen = Long.MIN_VALUE;
        final Set<String> protocols = new LinkedHashSet<>();
        final Set<Device.OpenPort> openPorts = new TreeSet<>(
                Comparator.comparing(Device.OpenPort::transport).thenComparingInt(Device.OpenPort::port));
        final Map<String, EnumSet<Role>> roles = new TreeMap<>();
        final List<DeviceFacts> facts = new ArrayList<>();

        Draft(long mac, IpAddress ipOnly) {
            this.mac = mac;
            this.ipOnly = ipOnly;
        }

        void seen(long first, long last) {
            firstSeen = Math.min(firstSeen, first);
            lastSeen = Math.max(lastSeen, last);
        }
    }

    public Inventory build(TrafficCollector collector) {
        Map<IpAddress, Long> owners = AddressAssignment.assign(collector.addresses);
        Map<Long, Draft> byMac = new TreeMap<>();
        Map<IpAddress, Draft> byIp = new HashMap<>();
        for (AddressBook.MacSighting s : collector.addresses.macSightings()) {
            byMac.computeIfAbsent(s.mac, m -> new Draft(m, null)).seen(s.firstSeen, s.lastSeen);
        }
        for (Binding b : collector.addresses.bindings()) {
            if (MacAddress.isUnicast(b.mac)) {
                byMac.computeIfAbsent(b.mac, m -> new Draft(m, null)).seen(b.firstSeen, b.lastSeen);
            }
        }
        collector.addresses.arpClaims().forEach((claim, counts) ->
                byMac.computeIfAbsent(claim.mac(), m -> new Draft(m, null)).seen(counts[1], counts[1]));
        Map<IpAddress, Draft> ipOnly = new TreeMap<>();
        owners.forEach((ip, mac) -> {
            Draft d = mac == MacAddress.NONE
                    ? ipOnly.computeIfAbsent(ip, i -> new Draft(MacAddress.NONE, i))
                    : byMac.computeIfAbsent(mac, m -> new Draft(m, null));
            d.ips.add(ip);
            byIp.put(ip, d);
        });
        for (Binding b : collector.addresses.bindings()) {
            Draft d = byIp.get(b.ip);
            if (d != null && (d.ipOnly != null || d.mac == b.mac)) {
                d.seen(b.firstSeen, b.lastSeen);
            }
        }

        List<Connection> connections = new ArrayList<>();
        Map<String, long[]> pairs = new TreeMap<>();
        Map<IpAddress, long[]> endpoints = new TreeMap<>();
        collector.flows.forEach(flow -> addFlow(flow, byIp, connections, pairs, endpoints));

        collector.observer.facts().forEach((subject, facts) -> {
            Draft d = subject.ip() != null ? byIp.get(subject.ip()) : byMac.get(subject.mac());
            if (d != null) {
                d.facts.add(facts);
                d.protocols.addAll(facts.protocols);
                facts.roles.forEach((protocol, roles) ->
                        d.roles.computeIfAbsent(protocol, p -> EnumSet.noneOf(Role.class)).addAll(roles));
            }
        });

        List<Device> devices = new ArrayList<>();
        for (Draft d : byMac.values()) {
            devices.add(device(d));
        }
        for (Draft d : ipOnly.values()) {
            devices.add(device(d));
        }
        connections.sort(Comparator.comparingLong(Connection::firstSeen)
                .thenComparing(c -> c.a().ip()).thenComparing(c -> c.b().ip()));
        List<IpConversation> conversations = new ArrayList<>();
        pairs.forEach((key, counts) -> {
            int bar = key.indexOf('|');
            conversations.add(new IpConversation(key.substring(0, bar), key.substring(bar + 1), counts[0], counts[1]));
        });
        List<IpEndpoint> endpointList = new ArrayList<>();
        endpoints.forEach((ip, counts) -> endpointList.add(new IpEndpoint(ip.toString(), counts[0], counts[1])));
        return new Inventory(devices, connections, conversations, endpointList, collector.statistics.totals(),
                collector.functions.totals(), List.copyOf(collector.observer.activities()));
    }

    private void addFlow(Flow flow, Map<IpAddress, Draft> byIp, List<Connection> connections,
                         Map<String, long[]> pairs, Map<IpAddress, long[]> endpoints) {
        IpAddress a = flow.addressA();
        IpAddress b = flow.addressB();
        String sa = a.toString();
        String sb = b.toString();
        String pairKey = sa.compareTo(sb) <= 0 ? sa + "|" + sb : sb + "|" + sa;
        long[] pair = pairs.computeIfAbsent(pairKey, k -> new long[2]);
        pair[0] += flow.packets;
        pair[1] += flow.bytes;
        add(endpoints, a, flow.packets, flow.bytes);
        if (!a.equals(b)) {
            add(endpoints, b, flow.packets, flow.bytes);
        }
        if (flow.protocol == Flow.FRAGMENTS) {
            return;
        }
        FlowRole role = FlowRole.of(flow);
        IpAddress client = role.serverIsB() ? a : b;
        IpAddress server = role.serverIsB() ? b : a;
        int serverPort = role.serverIsB() ? flow.bPort : flow.aPort;
        String transport = IpProtocol.name(flow.protocol);
        Connection connection = connection(flow, role);
        List<String> protocols = connection.protocols();
        connections.add(connection);
        Draft clientDevice = byIp.get(client);
        Draft serverDevice = byIp.get(server);
        for (Draft d : new Draft[] {clientDevice, serverDevice}) {
            if (d != null) {
                d.protocols.addAll(protocols);
            }
        }
        if (serverDevice != null && role.serverAnswered(flow)) {
            serverDevice.openPorts.add(new Device.OpenPort(transport, serverPort));
        }
        if (flow.roles != null) {
            Draft da = byIp.get(a);
            Draft db = byIp.get(b);
            flow.roles.forEach(note -> {
                Draft d = note.endA() ? da : db;
                if (d != null) {
                    d.roles.computeIfAbsent(note.protocol(), p -> EnumSet.noneOf(Role.class)).add(note.role());
                }
            });
        }
    }

    /** A flow (not of fragments) as a connection, client first where {@code role} tells. */
    static Connection connection(Flow flow, FlowRole role) {
        IpAddress client = role.serverIsB() ? flow.addressA() : flow.addressB();
        IpAddress server = role.serverIsB() ? flow.addressB() : flow.addressA();
        int clientPort = role.serverIsB() ? flow.aPort : flow.bPort;
        int serverPort = role.serverIsB() ? flow.bPort : flow.aPort;
        boolean ports = flow.hasPorts();
        return new Connection(IpProtocol.name(flow.protocol),
                new Connection.Endpoint(client.toString(), ports ? clientPort : null),
                new Connection.Endpoint(server.toString(), ports ? serverPort : null),
                flow.packets, flow.bytes, flow.firstSeen, flow.lastSeen,
                flow.protocols == null ? List.of() : List.copyOf(flow.protocols),
                flow.commands == null ? List.of() : List.copyOf(flow.commands));
    }

    private static void add(Map<IpAddress, long[]> endpoints, IpAddress ip, long packets, long bytes) {
        long[] e = endpoints.computeIfAbsent(ip, k -> new long[2]);
        e[0] += packets;
        e[1] += bytes;
    }

    private Device device(Draft d) {
        Map<String, List<String>> identities = new LinkedHashMap<>();
        List<Device.Property> properties = new ArrayList<>();
        for (Identity field : Identity.values()) {
            Map<String, long[]> counts = new LinkedHashMap<>();
            for (DeviceFacts facts : d.facts) {
                Map<String, DeviceFacts.Statement> values = facts.identities.get(field);
                if (values == null) {
                    continue;
                }
                for (DeviceFacts.Statement s : values.values()) {
                    counts.computeIfAbsent(s.value, v -> new long[1])[0] += s.count;
                    properties.add(new Device.Property(field.name().toLowerCase(), s.value, s.protocol, s.count));
                }
            }
            if (!counts.isEmpty()) {
                List<String> ranked = new ArrayList<>(counts.keySet());
                ranked.sort(Comparator.comparingLong((String v) -> -counts.get(v)[0]));
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
