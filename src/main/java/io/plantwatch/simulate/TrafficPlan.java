package io.plantwatch.simulate;

import io.plantwatch.simulate.dialogue.BacnetPolling;
import io.plantwatch.simulate.dialogue.Dnp3Polling;
import io.plantwatch.simulate.dialogue.EnipPolling;
import io.plantwatch.simulate.dialogue.Iec104Session;
import io.plantwatch.simulate.dialogue.ModbusPolling;
import io.plantwatch.simulate.dialogue.NameLookups;
import io.plantwatch.simulate.dialogue.S7Polling;
import io.plantwatch.simulate.dialogue.TimeSync;
import io.plantwatch.simulate.dialogue.WebRequest;
import io.plantwatch.simulate.plant.Catalogue;
import io.plantwatch.simulate.plant.PlantLayout;
import io.plantwatch.simulate.plant.PlantRecipe;
import io.plantwatch.simulate.plant.Role;
import io.plantwatch.simulate.plant.SimDevice;
import io.plantwatch.simulate.plant.Zone;
import io.plantwatch.simulate.protocol.Bacnet;
import io.plantwatch.simulate.protocol.Dnp3;
import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.Enip;
import io.plantwatch.simulate.protocol.Http;
import io.plantwatch.simulate.protocol.Iec104;
import io.plantwatch.simulate.protocol.Modbus;
import io.plantwatch.simulate.protocol.Ntp;
import io.plantwatch.simulate.protocol.S7comm;
import io.plantwatch.simulate.protocol.TcpStream;
import io.plantwatch.simulate.protocol.Tls;
import io.plantwatch.simulate.traffic.ArpChatter;
import io.plantwatch.simulate.traffic.BacnetAnnouncer;
import io.plantwatch.simulate.traffic.Conversation;
import io.plantwatch.simulate.traffic.DhcpLease;
import io.plantwatch.simulate.traffic.Dialogue;
import io.plantwatch.simulate.traffic.LldpAnnouncer;
import io.plantwatch.simulate.traffic.SessionTiming;
import io.plantwatch.simulate.traffic.TcpSession;
import io.plantwatch.simulate.traffic.UdpSession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The normal traffic of a plant: who polls whom over which protocol, and the infrastructure chatter
 * (ARP, LLDP, DHCP, DNS, NTP, web). Every controller is polled by the HMI of its cell (or the site
 * historian when the cell has none) and that first poller reads its identity when connecting;
 * BACnet controllers by the BMS, DNP3 and IEC-104 outstations by SCADA. Not thread-safe.
 */
final class TrafficPlan {
    private static final double ANNOUNCE_SECONDS = 600;
    private static final String USER_AGENT =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

    private final PlantLayout layout;
    private final PlantRecipe.Rates rates;
    private final Catalogue catalogue;
    private final long start;
    private final long warmup;
    private final SplittableRandom random;
    private final List<Conversation> conversations = new ArrayList<>();
    private final List<SimDevice> historians;
    private final List<NameLookups.Name> names;

    TrafficPlan(PlantLayout layout, PlantRecipe.Rates rates, Catalogue catalogue, long startNanos, long durationNanos,
                SplittableRandom random) {
        this.layout = layout;
        this.rates = rates;
        this.catalogue = catalogue;
        this.start = startNanos;
        this.warmup = Math.min(5_000_000_000L, durationNanos / 10);
        this.random = random;
        this.historians = layout.withRole(Role.HISTORIAN);
        this.names = lookupNames();
    }

    List<Conversation> build() {
        Map<Integer, List<SimDevice>> hmisByZone = new HashMap<>();
        layout.withRole(Role.HMI).forEach(h -> hmisByZone.computeIfAbsent(h.zone(), z -> new ArrayList<>()).add(h));
        List<SimDevice> bms = layout.withRole(Role.BMS);
        List<SimDevice> scada = layout.withRole(Role.SCADA);
        List<SimDevice> ews = layout.withRole(Role.EWS);
        Map<Integer, Integer> polledInZone = new HashMap<>();
        int polled = 0;
        List<SimDevice> engineered = new ArrayList<>();
        for (SimDevice d : layout.devices()) {
            infrastructure(d);
            if (d.role() != Role.CONTROLLER && d.role() != Role.FIELD) {
                continue;
            }
            int k = polled++;
            switch (d.protocol()) {
                case "s7comm", "modbus", "enip" -> {
                    List<SimDevice> hmis = hmisByZone.getOrDefault(d.zone(), List.of());
                    int inZone = polledInZone.merge(d.zone(), 1, Integer::sum) - 1;
                    SimDevice historian = historians.get(k % historians.size());
                    if (!hmis.isEmpty()) {
                        poll(hmis.get(inZone % hmis.size()), d, true, SessionTiming.polling(rates.hmiPoll(), true));
                    }
                    poll(historian, d, hmis.isEmpty(), SessionTiming.polling(rates.historianPoll(), false));
                    engineered.add(d);
                }
                case "bacnet" -> {
                    SimDevice server = bms.isEmpty() ? historians.get(k % historians.size()) : bms.get(k % bms.size());
                    bacnet(server, d);
                }
                case "dnp3", "iec104" -> {
                    SimDevice master = scada.isEmpty() ? historians.get(k % historians.size()) : scada.get(k % scada.size());
                    poll(master, d, true, SessionTiming.polling(d.protocol().equals("dnp3") ? rates.scadaPoll()
                            : rates.iec104Spontaneous(), false));
                }
                default -> {
                }
            }
        }
        for (int e = 0; e < ews.size(); e++) {
            for (int j = e; j < engineered.size() && j < e + 4 * ews.size(); j += ews.size()) {
                poll(ews.get(e), engineered.get(j), true, SessionTiming.repeated(rates.ewsPoll(), 5, 120));
            }
        }
        bms.forEach(b -> conversations.add(new BacnetAnnouncer(later(), ANNOUNCE_SECONDS, b.endpoint(), 0, -1,
                random.split())));
        return conversations;
    }

    /** The router as seen from a zone: its one MAC and that zone's gateway address. */
    Endpoint routerIn(int zone) {
        return new Endpoint(layout.firewall().mac(), layout.zone(zone).gateway(), zone, 64);
    }

    long later() {
        return start + warmup / 2 + random.nextLong(Math.max(1, warmup / 2));
    }

    private void infrastructure(SimDevice d) {
        if (d.role() != Role.FIREWALL) {
            conversations.add(new ArpChatter(later(), rates.arp(), d.endpoint(), routerIn(d.zone()), random.split()));
        }
        if ("lldp".equals(d.model().identity())) {
            conversations.add(new LldpAnnouncer(start + random.nextLong(Math.max(1, warmup)), rates.lldp(), d.endpoint(),
                    WireIdentity.lldp(d), random.split()));
        }
        if (d.model().usesDhcp()) {
            conversations.add(dhcp(d, start + random.nextLong(Math.max(1, warmup / 2))));
        }
        if (d.model().os() != null && d.role() != Role.SERVER) {
            ntp(d);
        }
        if (d.role() == Role.WORKSTATION) {
            workstation(d);
        }
    }

    DhcpLease dhcp(SimDevice d, long at) {
        Zone zone = layout.zone(d.zone());
        String vendorClass = d.model().os() != null && d.model().os().startsWith("Windows") ? "MSFT 5.0" : "dhcpcd-9.4.1";
        return new DhcpLease(at, d.endpoint(), routerIn(d.zone()), d.name(), vendorClass,
                new DhcpLease.Offer(zone.mask(), zone.gateway(), layout.server().ip(), layout.domain()), random.split());
    }

    private void ntp(SimDevice d) {
        long first = later();
        long interval = SessionTiming.nanos(rates.ntp());
        conversations.add(new UdpSession(first, new TimeSync(first, interval, layout.server().ip()), d.endpoint(),
                Ntp.PORT, layout.server().endpoint(), Ntp.PORT, false, rates.ntp(), random.split()));
    }

    private List<NameLookups.Name> lookupNames() {
        List<NameLookups.Name> list = new ArrayList<>();
        historians.stream().limit(4)
                .forEach(h -> list.add(new NameLookups.Name(h.name().toLowerCase() + "." + layout.domain(), h.ip())));
        list.add(new NameLookups.Name(layout.server().name().toLowerCase() + "." + layout.domain(), layout.server().ip()));
        catalogue.internet().forEach(h -> list.add(new NameLookups.Name(h.name(), PlantSimulator.parseIp(h.ip()))));
        return List.copyOf(list);
    }

    private void workstation(SimDevice d) {
        conversations.add(new UdpSession(later(), new NameLookups(names, random.nextInt()), d.endpoint(),
                49152 + random.nextInt(16_000), layout.server().endpoint(), 53, true, rates.dns(), random.split()));
        Catalogue.InternetHost site = catalogue.internet().get(random.nextInt(catalogue.internet().size()));
        Endpoint internet = new Endpoint(0, PlantSimulator.parseIp(site.ip()), Endpoint.EXTERNAL, 52);
        tcp(d.endpoint(), internet, Tls.PORT, WebRequest.https(site.name(), random.nextInt()),
                SessionTiming.repeated(1, 0, rates.web()), later());
        SimDevice historian = historians.get(d.index() % historians.size());
        tcp(d.endpoint(), historian.endpoint(), Http.PORT,
                WebRequest.http(historian.name().toLowerCase() + "." + layout.domain(), USER_AGENT, "Microsoft-IIS/10.0",
                        random.nextInt()), SessionTiming.repeated(1, 0, rates.web() * 4), later());
    }

    private void bacnet(SimDevice server, SimDevice d) {
        conversations.add(new BacnetAnnouncer(start + random.nextLong(Math.max(1, warmup / 2)), ANNOUNCE_SECONDS,
                d.endpoint(), d.protocolAddress(), d.model().bacnet().vendorId(), random.split()));
        Dialogue dialogue = new BacnetPolling(d.protocolAddress(), d.model().bacnet().vendorName(), d.model().model(),
                d.firmwareVersion(), d.name(), random.nextInt());
        conversations.add(new UdpSession(later(), dialogue, server.endpoint(), Bacnet.PORT, d.endpoint(), Bacnet.PORT,
                false, rates.bmsPoll(), random.split()));
    }

    /** A client polling a controller over the controller's protocol. */
    void poll(SimDevice client, SimDevice server, boolean readIdentity, SessionTiming timing) {
        tcp(client.endpoint(), server.endpoint(), portOf(server.protocol()), dialogue(server, readIdentity, random.nextInt()),
                new SessionTiming(timing.intervalNanos(), timing.cyclesPerConnection(), timing.reconnectNanos(),
                        timing.arpFirst() && client.zone() == server.zone()), later());
    }

    void tcp(Endpoint client, Endpoint server, int port, Dialogue dialogue, SessionTiming timing, long at) {
        int clientPort = (client.ttl() == 128 ? 49152 : 32768) + random.nextInt(12_000);
        TcpStream stream = new TcpStream(layout.routing(), client, server, port, 64240, 8192);
        conversations.add(new TcpSession(at, dialogue, timing, stream, clientPort, random.split()));
    }

    static int portOf(String protocol) {
        switch (protocol) {
            case "s7comm": return S7comm.PORT;
            case "modbus": return Modbus.PORT;
            case "enip": return Enip.PORT;
            case "dnp3": return Dnp3.PORT;
            case "iec104": return Iec104.PORT;
            default: throw new IllegalArgumentException("no TCP port for " + protocol);
        }
    }

    static Dialogue dialogue(SimDevice d, boolean readIdentity, int seed) {
        switch (d.protocol()) {
            case "s7comm":
                return new S7Polling(WireIdentity.s7(d), readIdentity, 1, seed);
            case "modbus":
                return new ModbusPolling(d.protocolAddress(), readIdentity ? WireIdentity.modbus(d) : null, seed);
            case "enip":
                return new EnipPolling(readIdentity ? WireIdentity.enip(d) : null, d.ip(), seed);
            case "dnp3":
                return Dnp3Polling.polling(d.protocolAddress(), readIdentity ? WireIdentity.dnp3(d) : null, seed);
            case "iec104":
                return new Iec104Session(d.protocolAddress());
            default:
                throw new IllegalArgumentException("no polling dialogue for " + d.protocol());
        }
    }
}
