package io.plantwatch.bench;

import io.plantwatch.console.map.MapDevice;
import io.plantwatch.console.map.MapLink;
import io.plantwatch.console.map.MapModel;
import io.plantwatch.console.map.Subnets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A simulated plant for the map's benchmark and tests: N devices in four zones and /24 subnets of
 * up to 200 devices, spread over the Purdue levels like a plant (many field devices, few enterprise
 * servers), with about two connections per device: one inside its subnet, one to a device a level
 * up (I/O to PLC, PLC to HMI, HMI to historian…), OT protocols low, IT protocols high; 1% of the
 * devices have alerts, 1% are marked unauthorized, 2% are new; last seen from minutes to weeks
 * before {@code now}. From 100 devices on, three of the N are EtherNet/IP multicast groups
 * (239.192.Z.1, one per OT zone) that every 20th field device of the zone sends to. Seeded: the
 * same N gives the same plant. Stateless.
 */
public final class SyntheticMapModel {
    private static final String[] ZONES = {"north", "south", "utilities", "office"};
    private static final String[][] TYPES = {
        {"I/O Adapter", "Variable Frequency Drive", "Meter"}, {"PLC", "RTU", "IED"}, {"HMI", "Engineering Station"},
        {"Historian", "Server"}, {"Workstation", "Printer"}, {"Server", "Firewall"}};
    private static final String[][] PROTOCOLS = {
        {"modbus", "enip", "cip"}, {"s7comm", "modbus", "dnp3"}, {"opcua", "s7comm"}, {"opcua", "mssql"},
        {"http", "smb", "dns"}, {"http", "tls", "ldap"}};
    /** Share of devices per level, 0 to 5. */
    private static final double[] LEVEL_SHARE = {0.32, 0.24, 0.14, 0.12, 0.13, 0.05};
    private static final int SUBNET_SIZE = 200;
    /** Last-seen ages: a few minutes, hours, days, weeks (so each last-seen filter keeps some). */
    private static final long[] AGES = {5 * 60_000L, 5 * 3_600_000L, 3 * 86_400_000L, 30 * 86_400_000L};

    private SyntheticMapModel() {
    }

    public static MapModel of(int devices) {
        return of(devices, System.currentTimeMillis());
    }

    /** The plant with last-seen times before {@code now} (epoch ms). */
    public static MapModel of(int devices, long now) {
        Random random = new Random(devices);
        int groups = devices >= 100 ? 3 : 0;
        List<MapDevice> list = new ArrayList<>(devices);
        List<List<Integer>> byLevel = new ArrayList<>();
        for (int level = 0; level < 6; level++) {
            byLevel.add(new ArrayList<>());
        }
        int made = 0;
        int subnet = 0;
        for (int level = 0; level < 6 && made < devices; level++) {
            int count = level == 5 ? devices - groups - made : (int) Math.round(devices * LEVEL_SHARE[level]);
            for (int k = 0; k < count && made < devices; k++, made++) {
                if (k % SUBNET_SIZE == 0) {
                    subnet++;
                }
                String zone = level >= 4 ? ZONES[3] : ZONES[subnet % 3];
                String ip = "10." + (subnet / 250) + "." + (subnet % 250) + "." + (k % SUBNET_SIZE + 1);
                String type = TYPES[level][random.nextInt(TYPES[level].length)];
                String name = type.toLowerCase(Locale.ROOT).replace(' ', '-').replace("/", "") + "-" + made;
                int alerts = random.nextInt(100) == 0 ? 1 + random.nextInt(4) : 0;
                int flag = random.nextInt(100);
                long lastSeen = now - AGES[random.nextInt(AGES.length)] - random.nextInt(60_000);
                list.add(new MapDevice(made + 1, name, type, level, zone, Subnets.of(zone, List.of(ip)),
                        List.of(PROTOCOLS[level]), alerts, (name + "\u0001" + ip).toLowerCase(Locale.ROOT),
                        lastSeen, flag == 0, flag == 1 || flag == 2, false));
                byLevel.get(level).add(made);
            }
        }
        List<MapLink> links = links(list, byLevel, random);
        for (int g = 0; g < groups; g++, made++) {
            String ip = "239.192." + g + ".1";
            MapDevice group = new MapDevice(made + 1, ip, "Multicast group", null, ZONES[g],
                    Subnets.of(ZONES[g], List.of(ip)), List.of("enip"), 0, ip, now - AGES[0], false, false, true);
            list.add(group);
            int senders = 0;
            for (int i : byLevel.get(0)) {
                if (list.get(i).zone().equals(ZONES[g]) && senders++ % 20 == 0) {
                    links.add(new MapLink(list.get(i).id(), group.id(), List.of("enip"), 1));
                }
            }
        }
        return new MapModel(list, links);
    }

    private static List<MapLink> links(List<MapDevice> devices, List<List<Integer>> byLevel, Random random) {
        List<MapLink> links = new ArrayList<>(devices.size() * 2);
        Set<Long> seen = new HashSet<>(devices.size() * 4);
        for (int i = 0; i < devices.size(); i++) {
            MapDevice device = devices.get(i);
            int level = device.purdueLevel();
            // A neighbour in the same subnet (the devices of a subnet are consecutive).
            int local = i + 1 + random.nextInt(5);
            if (local < devices.size() && devices.get(local).subnet().equals(device.subnet())) {
                add(links, seen, device, devices.get(local), PROTOCOLS[level][0], 1 + random.nextInt(3));
            }
            List<Integer> above = byLevel.get(Math.min(5, level + 1));
            if (level < 5 && !above.isEmpty()) {
                // Mostly a device at the same relative place a level up, so that cells stay local.
                List<Integer> own = byLevel.get(level);
                int near = (int) ((long) above.size() * (i - own.get(0)) / own.size());
                int pick = random.nextInt(10) == 0 ? random.nextInt(above.size())
                        : Math.min(above.size() - 1, Math.max(0, near + random.nextInt(9) - 4));
                add(links, seen, device, devices.get(above.get(pick)), PROTOCOLS[level][random.nextInt(
                        PROTOCOLS[level].length)], 1 + random.nextInt(12));
            }
        }
        return links;
    }

    private static void add(List<MapLink> links, Set<Long> seen, MapDevice a, MapDevice b, String protocol,
                            int weight) {
        long low = Math.min(a.id(), b.id());
        long high = Math.max(a.id(), b.id());
        if (low != high && seen.add(low << 32 | high)) {
            links.add(new MapLink(low, high, List.of(protocol), weight));
        }
    }
}
