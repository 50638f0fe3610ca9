package io.plantwatch.console.map;

import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.console.merge.MergedConnection;
import io.plantwatch.console.merge.ProtocolUse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The console's merged devices and connections as the map knows them, before grouping and
 * filtering. Immutable; build off the FX thread (it walks every device and connection).
 */
public record MapModel(List<MapDevice> devices, List<MapLink> links) {
    /** A device nobody decided on is new for a week after it was first seen. */
    public static final long NEW_FOR_MILLIS = 7L * 24 * 3600 * 1000;
    /**
     * What a zone's sensors see in their first day is its baseline, not new (Defender's learning
     * mode): otherwise a freshly monitored plant would badge every device.
     */
    public static final long LEARNING_MILLIS = 24L * 3600 * 1000;

    public MapModel {
        devices = List.copyOf(devices);
        links = List.copyOf(links);
    }

    /**
     * From the store's merged devices and connections; {@code alertsOf} counts a device's alerts,
     * {@code now} (epoch ms) tells which devices are new (see {@link #LEARNING_MILLIS}). Connections whose ends are not among
     * {@code devices} are left out.
     */
    public static MapModel of(List<DeviceView> devices, List<MergedConnection> connections,
                              ToIntFunction<DeviceView> alertsOf, long now) {
        java.util.Map<Long, TreeSet<String>> protocolsByDevice = new java.util.HashMap<>(devices.size() * 2);
        List<MapLink> links = new ArrayList<>(connections.size());
        java.util.Set<Long> known = new java.util.HashSet<>(devices.size() * 2);
        devices.forEach(device -> known.add(device.id()));
        for (MergedConnection connection : connections) {
            if (!known.contains(connection.deviceA()) || !known.contains(connection.deviceB())) {
                continue;
            }
            List<String> names = new ArrayList<>(connection.protocols().size());
            int weight = 0;
            for (ProtocolUse protocol : connection.protocols()) {
                names.add(protocol.name());
                weight += 1 + protocol.commands().size();
            }
            links.add(new MapLink(connection.deviceA(), connection.deviceB(), names, Math.max(1, weight)));
            protocolsByDevice.computeIfAbsent(connection.deviceA(), id -> new TreeSet<>()).addAll(names);
            protocolsByDevice.computeIfAbsent(connection.deviceB(), id -> new TreeSet<>()).addAll(names);
        }
        java.util.Map<String, Long> zoneStart = new java.util.HashMap<>();
        for (DeviceView device : devices) {
            if (device.firstSeen() != null) {
                zoneStart.merge(device.site() + "/" + device.zone(), device.firstSeen(), Math::min);
            }
        }
        List<MapDevice> mapDevices = new ArrayList<>(devices.size());
        for (DeviceView device : devices) {
            List<String> protocols = List.copyOf(protocolsByDevice.getOrDefault(device.id(), new TreeSet<>()));
            mapDevices.add(new MapDevice(device.id(), label(device), device.type(), device.purdueLevel(),
                    device.zone(), Subnets.of(device.zone(), device.ips()), protocols,
                    alertsOf.applyAsInt(device), searchText(device), device.lastSeen(),
                    Boolean.FALSE.equals(device.authorized()),
                    isNew(device, now, zoneStart.get(device.site() + "/" + device.zone())),
                    GroupAddresses.isGroup(device)));
        }
        return new MapModel(mapDevices, links);
    }

    /** Nobody decided on it, it came after its zone's first day, and within the last week. */
    private static boolean isNew(DeviceView device, long now, Long zoneStart) {
        return device.authorized() == null && device.firstSeen() != null && device.firstSeen() >= now - NEW_FOR_MILLIS
                && device.firstSeen() >= zoneStart + LEARNING_MILLIS;
    }

    /** The name to show: the device's name, else its first IP, else its first MAC. */
    static String label(DeviceView device) {
        if (device.name() != null && !device.name().isBlank()) {
            return device.name();
        }
        if (!device.ips().isEmpty()) {
            return device.ips().get(0);
        }
        return device.macs().isEmpty() ? "device " + device.id() : device.macs().get(0);
    }

    private static String searchText(DeviceView device) {
        StringBuilder text = new StringBuilder(64);
        text.append(label(device)).append('\u0001');
        device.ips().forEach(ip -> text.append(ip).append('\u0001'));
        device.macs().forEach(mac -> text.append(mac).append('\u0001'));
        if (device.vendor() != null) {
            text.append(device.vendor()).append('\u0001');
        }
        if (device.type() != null) {
            text.append(device.type());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
