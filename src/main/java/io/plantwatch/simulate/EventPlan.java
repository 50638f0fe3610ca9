package io.plantwatch.simulate;

import io.plantwatch.decode.MacAddress;
import io.plantwatch.simulate.dialogue.Dnp3Polling;
import io.plantwatch.simulate.dialogue.FtpLogin;
import io.plantwatch.simulate.dialogue.ModbusWrites;
import io.plantwatch.simulate.dialogue.NameLookups;
import io.plantwatch.simulate.dialogue.S7Engineering;
import io.plantwatch.simulate.dialogue.WebRequest;
import io.plantwatch.simulate.events.ArpSpoof;
import io.plantwatch.simulate.events.EventCatalog;
import io.plantwatch.simulate.events.EventType;
import io.plantwatch.simulate.events.InjectedEvent;
import io.plantwatch.simulate.events.PortScan;
import io.plantwatch.simulate.plant.Catalogue;
import io.plantwatch.simulate.plant.PlantBuilder;
import io.plantwatch.simulate.plant.PlantLayout;
import io.plantwatch.simulate.plant.Role;
import io.plantwatch.simulate.plant.SimDevice;
import io.plantwatch.simulate.protocol.Dnp3;
import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.Ftp;
import io.plantwatch.simulate.protocol.Modbus;
import io.plantwatch.simulate.protocol.S7comm;
import io.plantwatch.simulate.protocol.Tls;
import io.plantwatch.simulate.traffic.ArpChatter;
import io.plantwatch.simulate.traffic.Conversation;
import io.plantwatch.simulate.traffic.Dialogue;
import io.plantwatch.simulate.traffic.SessionTiming;
import io.plantwatch.simulate.traffic.UdpSession;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Places the requested events in the plant: picks their actors deterministically, adds their
 * conversations, and records each as it goes into the capture. Events come from one intruder (the
 * new device, or an existing workstation when that event is off), except the internet connection
 * (from an OT device) and the cleartext login (from an engineering station). Not thread-safe.
 */
final class EventPlan {
    private static final int[] SCANNED_PORTS = {21, 22, 23, 80, 102, 443, 502, 2404, 20000, 44818};
    private static final int SCAN_TARGETS = 12;
    private static final int SPOOF_ROUNDS = 5;

    private final PlantLayout layout;
    private final TrafficPlan plan;
    private final PlantBuilder builder;
    private final Catalogue catalogue;
    private final EventCatalog definitions;
    private final long start;
    private final long duration;
    private final SplittableRandom random;
    private final List<InjectedEvent> events = new ArrayList<>();
    private final List<SimDevice> extraDevices = new ArrayList<>();
    private SimDevice intruder;

    EventPlan(PlantLayout layout, TrafficPlan plan, PlantBuilder builder, Catalogue catalogue, EventCatalog definitions,
              long startNanos, long durationNanos, SplittableRandom random) {
        this.layout = layout;
        this.plan = plan;
        this.builder = builder;
        this.catalogue = catalogue;
        this.definitions = definitions;
        this.start = startNanos;
        this.duration = durationNanos;
        this.random = random;
    }

    /** The events this plant can host (S7 attacks need an S7 PLC, and so on). */
    Set<EventType> applicable() {
        Set<EventType> possible = EnumSet.allOf(EventType.class);
        if (first("s7comm") == null) {
            possible.remove(EventType.PROGRAM_DOWNLOAD);
            possible.remove(EventType.PLC_STOP);
        }
        if (first("modbus") == null) {
            possible.remove(EventType.MODBUS_WRITE);
        }
        if (first("dnp3") == null) {
            possible.remove(EventType.DNP3_RESTART);
        }
        return possible;
    }

    /** Adds the events' conversations; returns them in time order. */
    List<InjectedEvent> add(Set<EventType> requested, List<Conversation> conversations) {
        Set<EventType> possible = applicable();
        for (EventType t : requested) {
            if (!possible.contains(t)) {
                throw new IllegalArgumentException("event " + t.id() + " needs devices a " + layout.plant()
                        + " plant of this size does not have");
            }
        }
        SimDevice attacker = attacker(requested.contains(EventType.NEW_DEVICE));
        for (EventType type : EventType.values()) {
            if (requested.contains(type)) {
                place(type, attacker, conversations);
            }
        }
        events.sort((a, b) -> Long.compare(a.timeNanos(), b.timeNanos()));
        return events;
    }

    List<SimDevice> extraDevices() {
        return extraDevices;
    }

    private SimDevice attacker(boolean newDevice) {
        if (!newDevice) {
            List<SimDevice> workstations = layout.withRole(Role.WORKSTATION);
            return workstations.isEmpty() ? layout.withRole(Role.HISTORIAN).get(0)
                    : workstations.get(random.nextInt(workstations.size()));
        }
        int zone = layout.zones().size() > 1 ? 1 : 0;
        intruder = builder.extraDevice(layout, catalogue.model("raspberry-pi"), Role.INTRUDER, "kali", zone, 2,
                random.split());
        extraDevices.add(intruder);
        return intruder;
    }

    private void place(EventType type, SimDevice attacker, List<Conversation> conversations) {
        EventCatalog.Definition def = definitions.definition(type);
        long at = start + Math.round(def.at() * duration) + random.nextInt(1_000_000);
        switch (type) {
            case NEW_DEVICE -> {
                conversations.add(plan.dhcp(attacker, at));
                conversations.add(new ArpChatter(at + 50_000_000, 60, attacker.endpoint(),
                        plan.routerIn(attacker.zone()), random.split()));
                List<NameLookups.Name> names = catalogue.suspiciousHosts().stream()
                        .map(h -> new NameLookups.Name(h.name(), PlantSimulator.parseIp(h.ip()))).toList();
                conversations.add(new UdpSession(at + 200_000_000, new NameLookups(names, random.nextInt()),
                        attacker.endpoint(), 40_000 + random.nextInt(20_000), layout.server().endpoint(), 53, true, 30,
                        random.split()));
                record(type, def, at, attacker, layout.zone(attacker.zone()).gateway(), List.of(), "dhcp");
            }
            case PORT_SCAN -> {
                List<PortScan.Target> targets = new ArrayList<>();
                for (SimDevice d : layout.devices()) {
                    if (d.role() == Role.CONTROLLER && targets.size() < SCAN_TARGETS) {
                        targets.add(new PortScan.Target(d.endpoint(), portOf(d)));
                    }
                }
                conversations.add(new PortScan(at, attacker.endpoint(), targets, SCANNED_PORTS, random.split()));
                record(type, def, at, attacker, targets.get(0).host().ip(),
                        targets.stream().map(t -> t.host().ip()).toList(), "tcp");
            }
            case MODBUS_WRITE -> {
                SimDevice target = first("modbus");
                tcp(attacker, target, Modbus.PORT, new ModbusWrites(target.protocolAddress()),
                        SessionTiming.repeated(2, 3, 0), at);
                record(type, def, at, attacker, target.ip(), List.of(), "modbus");
            }
            case PROGRAM_DOWNLOAD -> {
                SimDevice target = first("s7comm");
                tcp(attacker, target, S7comm.PORT, S7Engineering.download(), SessionTiming.oneShot(true), at);
                record(type, def, at, attacker, target.ip(), List.of(), "s7comm");
            }
            case PLC_STOP -> {
                SimDevice target = first("s7comm");
                tcp(attacker, target, S7comm.PORT, S7Engineering.stop(), SessionTiming.oneShot(true), at);
                record(type, def, at, attacker, target.ip(), List.of(), "s7comm");
            }
            case DNP3_RESTART -> {
                SimDevice target = first("dnp3");
                tcp(attacker, target, Dnp3.PORT, Dnp3Polling.coldRestart(target.protocolAddress(), random.nextInt()),
                        SessionTiming.oneShot(true), at);
                record(type, def, at, attacker, target.ip(), List.of(), "dnp3");
            }
            case INTERNET_CONNECTION -> {
                List<SimDevice> hmis = layout.withRole(Role.HMI);
                SimDevice source = hmis.isEmpty() ? layout.withRole(Role.CONTROLLER).get(0) : hmis.get(0);
                Catalogue.InternetHost host = catalogue.suspiciousHosts().get(0);
                Endpoint remote = new Endpoint(0, PlantSimulator.parseIp(host.ip()), Endpoint.EXTERNAL, 49);
                plan.tcp(source.endpoint(), remote, Tls.PORT, WebRequest.https(host.name(), random.nextInt()),
                        SessionTiming.oneShot(false), at);
                record(type, def, at, source, remote.ip(), List.of(), "tls");
            }
            case CLEARTEXT_CREDENTIALS -> {
                List<SimDevice> ews = layout.withRole(Role.EWS);
                SimDevice source = ews.isEmpty() ? attacker : ews.get(0);
                SimDevice target = first("modbus") != null ? first("modbus") : layout.withRole(Role.CONTROLLER).get(0);
                tcp(source, target, Ftp.PORT, new FtpLogin("USER", "USER"), SessionTiming.oneShot(true), at);
                record(type, def, at, source, target.ip(), List.of(), "ftp");
            }
            case ARP_SPOOF -> {
                Endpoint victim = layout.devices().stream()
                        .filter(d -> d.role() == Role.CONTROLLER && d.zone() == attacker.zone())
                        .map(SimDevice::endpoint).findFirst().orElse(plan.routerIn(attacker.zone()));
                conversations.add(new ArpSpoof(at, attacker.endpoint(), victim, SPOOF_ROUNDS, random.split()));
                record(type, def, at, attacker, victim.ip(), List.of(), "arp");
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    private void tcp(SimDevice client, SimDevice server, int port, Dialogue dialogue,
                     SessionTiming timing, long at) {
        SessionTiming t = new SessionTiming(timing.intervalNanos(), timing.cyclesPerConnection(), timing.reconnectNanos(),
                timing.arpFirst() && client.zone() == server.zone());
        plan.tcp(client.endpoint(), server.endpoint(), port, dialogue, t, at);
    }

    private void record(EventType type, EventCatalog.Definition def, long at, SimDevice source, int destination,
                        List<Integer> targets, String protocol) {
        events.add(new InjectedEvent(type.id(), at, PlantSimulator.ipText(source.ip()), MacAddress.toString(source.mac()),
                PlantSimulator.ipText(destination),
                (targets.isEmpty() ? List.of(destination) : targets).stream().map(PlantSimulator::ipText).toList(),
                protocol, def.techniques(), def.description()));
    }

    private SimDevice first(String protocol) {
        for (SimDevice d : layout.devices()) {
            if (protocol.equals(d.protocol()) && d.role() == Role.CONTROLLER) {
                return d;
            }
        }
        for (SimDevice d : layout.devices()) {
            if (protocol.equals(d.protocol())) {
                return d;
            }
        }
        return null;
    }

    private static int portOf(SimDevice d) {
        try {
            return TrafficPlan.portOf(d.protocol());
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
