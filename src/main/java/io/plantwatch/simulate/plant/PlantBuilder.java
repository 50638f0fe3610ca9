package io.plantwatch.simulate.plant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Lays out a plant: how many devices of each role (from the recipe's quotas), which model and
 * firmware each runs (weighted random), which zone it sits in, and its MAC, IPv4 and name.
 * Deterministic for a given random generator. Thread-safe (holds only immutable data).
 */
public final class PlantBuilder {
    /** Host numbers below this are left to the gateway and infrastructure. */
    private static final int FIRST_HOST = 10;
    private static final int HOSTS_PER_SLASH16 = 65_000;

    private final Catalogue catalogue;
    private final PlantRecipe recipe;

    public PlantBuilder(Catalogue catalogue, PlantRecipe recipe) {
        this.catalogue = catalogue;
        this.recipe = recipe;
    }

    /** The fewest devices a plant of this kind with {@code zones} zones can have. */
    public int minimumDevices(String plant, int zones) {
        int total = 0;
        for (PlantRecipe.RoleQuota q : recipe.quotas(plant)) {
            total += minimumOf(q, zones);
        }
        return total;
    }

    public PlantLayout build(String plant, int deviceCount, int zoneCount, SplittableRandom random) {
        if (zoneCount < 1 || zoneCount > 64) {
            throw new IllegalArgumentException("zones must be between 1 and 64, not " + zoneCount);
        }
        int minimum = minimumDevices(plant, zoneCount);
        if (deviceCount < minimum) {
            throw new IllegalArgumentException("a " + plant + " plant with " + zoneCount + " zones needs at least "
                    + minimum + " devices, not " + deviceCount);
        }
        List<PlantRecipe.RoleQuota> quotas = recipe.quotas(plant);
        int[] counts = counts(quotas, deviceCount, zoneCount);
        List<Draft> drafts = new ArrayList<>();
        for (int q = 0; q < quotas.size(); q++) {
            PlantRecipe.RoleQuota quota = quotas.get(q);
            Role role = quota.parsedRole();
            for (int i = 0; i < counts[q]; i++) {
                DeviceModel model = pick(quota.models(), random);
                int zone = role.sitewide() || zoneCount == 1 ? 0 : 1 + i % (zoneCount - 1);
                drafts.add(new Draft(role, model, zone));
            }
        }
        List<Zone> zones = zones(plant, drafts, zoneCount);
        long macSalt = random.nextLong();
        Map<String, Integer> nameCounters = new HashMap<>();
        int[] nextHost = new int[zoneCount];
        List<SimDevice> devices = new ArrayList<>(drafts.size());
        SimDevice firewall = null;
        SimDevice server = null;
        for (int index = 0; index < drafts.size(); index++) {
            Draft d = drafts.get(index);
            Zone zone = zones.get(d.zone);
            int ip = d.role == Role.FIREWALL ? zone.gateway() : hostAddress(zone, nextHost[d.zone]++);
            SimDevice device = new SimDevice(index, d.role, d.model, catalogue.vendorOf(d.model).name(),
                    firmware(d.model, random), name(d.role, d.model, d.zone, nameCounters), d.zone,
                    mac(catalogue.vendorOf(d.model), index, macSalt, random), ip, serial(d.model, random),
                    protocolAddress(d.model, index), true);
            devices.add(device);
            if (d.role == Role.FIREWALL && firewall == null) {
                firewall = device;
            } else if (d.role == Role.SERVER && server == null) {
                server = device;
            }
        }
        if (firewall == null || server == null) {
            throw new IllegalStateException("plant recipe '" + plant + "' has no firewall or no server");
        }
        return new PlantLayout(plant, zones, devices, firewall, server, plant + ".local");
    }

    /** A device that is not part of the plan (the intruder of the events), placed in {@code zone}. */
    public SimDevice extraDevice(PlantLayout layout, DeviceModel model, Role role, String name, int zone, int hostOffset,
                                 SplittableRandom random) {
        int index = layout.devices().size();
        return new SimDevice(index, role, model, catalogue.vendorOf(model).name(), firmware(model, random), name, zone,
                mac(catalogue.vendorOf(model), index, random.nextLong(), random),
                layout.zone(zone).network() + (1 << (32 - layout.zone(zone).prefixLength())) - hostOffset,
                serial(model, random), 0, false);
    }

    private int[] counts(List<PlantRecipe.RoleQuota> quotas, int total, int zones) {
        int[] counts = new int[quotas.size()];
        int[] minimums = new int[quotas.size()];
        int used = 0;
        int restIndex = -1;
        for (int q = 0; q < quotas.size(); q++) {
            PlantRecipe.RoleQuota quota = quotas.get(q);
            minimums[q] = minimumOf(quota, zones);
            if (quota.isRest()) {
                restIndex = q;
                counts[q] = minimums[q];
            } else if (quota.fixed() != null) {
                counts[q] = quota.fixed();
            } else {
                counts[q] = Math.max(minimums[q], (int) Math.floor(quota.share() * total));
            }
            used += counts[q];
        }
        // Shares may overshoot a small plant: take devices back from the largest roles above their minimum.
        while (used > total) {
            int largest = -1;
            for (int q = 0; q < counts.length; q++) {
                if (counts[q] > minimums[q] && (largest < 0 || counts[q] > counts[largest])) {
                    largest = q;
                }
            }
            counts[largest]--;
            used--;
        }
        if (restIndex >= 0) {
            counts[restIndex] += total - used;
        }
        return counts;
    }

    private static int minimumOf(PlantRecipe.RoleQuota q, int zones) {
        if (q.fixed() != null) {
            return q.fixed();
        }
        int min = q.min() == null ? 0 : q.min();
        Role role = q.parsedRole();
        // Every cell has its own switch.
        return role == Role.SWITCH ? Math.max(min, Math.max(1, zones - 1)) : min;
    }

    private List<Zone> zones(String plant, List<Draft> drafts, int zoneCount) {
        int[] hosts = new int[zoneCount];
        drafts.forEach(d -> hosts[d.zone]++);
        List<Zone> zones = new ArrayList<>();
        int secondOctet = 0;
        for (int z = 0; z < zoneCount; z++) {
            int blocks = Integer.highestOneBit(Math.max(1, (hosts[z] + FIRST_HOST + HOSTS_PER_SLASH16 - 1)
                    / HOSTS_PER_SLASH16) * 2 - 1);
            secondOctet = (secondOctet + blocks - 1) / blocks * blocks;
            if (secondOctet + blocks > 256) {
                throw new IllegalArgumentException("too many devices to address within 10.0.0.0/8");
            }
            int network = (10 << 24) | (secondOctet << 16);
            int prefix = 16 - Integer.numberOfTrailingZeros(blocks);
            String name = zoneCount == 1 ? plant : z == 0 ? "site" : "cell-" + z;
            zones.add(new Zone(z, name, network, prefix, network + 1));
            secondOctet += blocks;
        }
        return zones;
    }

    /** The n-th host address of a zone, skipping last octets 0 and 255 so no host looks like a broadcast. */
    private static int hostAddress(Zone zone, int n) {
        int perBlock = 254;
        int offset = FIRST_HOST + n;
        int third = offset / perBlock;
        int fourth = 1 + offset % perBlock;
        return zone.network() + (third << 8) + fourth;
    }

    private static DeviceModel.FirmwareRelease firmware(DeviceModel model, SplittableRandom random) {
        List<DeviceModel.FirmwareRelease> releases = model.firmware();
        return releases.isEmpty() ? null : releases.get(random.nextInt(releases.size()));
    }

    private DeviceModel pick(Map<String, Integer> weighted, SplittableRandom random) {
        int total = weighted.values().stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (Map.Entry<String, Integer> e : weighted.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return catalogue.model(e.getKey());
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** OUI of the vendor, and a NIC part that is a bijection of the index, so MACs never collide. */
    private static long mac(Catalogue.Vendor vendor, int index, long salt, SplittableRandom random) {
        long oui = Long.parseLong(vendor.ouis().get(random.nextInt(vendor.ouis().size())), 16);
        long nic = (salt + (long) index * 0x9E3779L) & 0xFFFFFFL;
        return (oui << 24) | nic;
    }

    private static String serial(DeviceModel model, SplittableRandom random) {
        if ("s7comm".equals(model.protocol())) {
            return String.format("S C-%c%c%c%09d", 'A' + random.nextInt(26), 'A' + random.nextInt(26),
                    'A' + random.nextInt(26), random.nextInt(1_000_000_000));
        }
        return String.format("%08X", random.nextInt() & 0x7FFF_FFFF);
    }

    private static int protocolAddress(DeviceModel model, int index) {
        switch (model.protocol()) {
            case "modbus":
                return 1;
            case "bacnet":
                return 10_000 + index;
            case "dnp3":
            case "iec104":
                return 10 + index % 65_000;
            default:
                return 0;
        }
    }

    private static String name(Role role, DeviceModel model, int zone, Map<String, Integer> counters) {
        String prefix;
        switch (role) {
            case FIREWALL: prefix = "FW"; break;
            case SERVER: prefix = "DC"; break;
            case HISTORIAN: prefix = "HIST"; break;
            case EWS: prefix = "EWS"; break;
            case BMS: prefix = "BMS"; break;
            case SCADA: prefix = "SCADA"; break;
            case HMI: prefix = "HMI"; break;
            case SWITCH: prefix = "SW"; break;
            case WORKSTATION: prefix = "WS"; break;
            default: prefix = typePrefix(model.type());
        }
        String key = prefix + "/" + (role.sitewide() ? -1 : zone);
        int n = counters.merge(key, 1, Integer::sum);
        return role.sitewide() ? String.format("%s-%02d", prefix, n) : String.format("%s-C%d-%03d", prefix, zone, n);
    }

    private static String typePrefix(String type) {
        switch (type) {
            case "PLC": return "PLC";
            case "RTU": return "RTU";
            case "IED": return "IED";
            case "HVAC": return "DDC";
            case "Meter": return "MTR";
            case "Variable Frequency Drive": return "VFD";
            default: return "DEV";
        }
    }

    private record Draft(Role role, DeviceModel model, int zone) {
    }
}
