package io.plantwatch.sensor.merge;

import io.plantwatch.inventory.Classification;
import io.plantwatch.inventory.Device;
import io.plantwatch.model.ApiDevice;
import io.plantwatch.model.ApiDeviceProtocol;
import io.plantwatch.model.ApiFirmware;
import io.plantwatch.model.ApiOpenPort;
import io.plantwatch.model.ApiProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An inventory device as the API's device, merged with what the store already knew of it: sets
 * (addresses, protocols, ports) only grow, identities keep their last known value, times widen.
 * Stateless.
 */
final class DeviceMapping {
    private DeviceMapping() {
    }

    /**
     * @param previous the device as last merged (this run) or stored (earlier runs), or null
     * @param scanner whether detection found it scanning
     */
    static ApiDevice merge(long id, Device d, ApiDevice previous, boolean authorized, boolean scanner) {
        List<String> ips = union(d.ips(), previous == null ? null : previous.ipAddresses());
        List<String> macs = union(d.macs(), previous == null ? null : previous.macAddresses());
        List<String> protocolNames = union(d.protocols(), previous == null || previous.protocols() == null ? null
                : previous.protocols().stream().map(ApiDeviceProtocol::name).toList());
        List<ApiDeviceProtocol> protocols = protocolNames.stream()
                .map(p -> new ApiDeviceProtocol(null, p, ips)).toList();
        List<ApiOpenPort> ports = new ArrayList<>(d.openPorts().stream()
                .map(p -> new ApiOpenPort(p.transport(), p.port())).toList());
        if (previous != null && previous.openPorts() != null) {
            previous.openPorts().stream().filter(p -> !ports.contains(p)).forEach(ports::add);
        }
        List<ApiProperty> properties = d.properties().isEmpty() && previous != null && previous.properties() != null
                ? previous.properties()
                : d.properties().stream().map(p -> new ApiProperty(p.field(), p.value(), p.protocol(), p.count())).toList();
        List<String> evidence = d.evidence().isEmpty() && previous != null && previous.evidence() != null
                ? previous.evidence() : d.evidence();
        String type = d.type() != null && !Classification.UNKNOWN.equals(d.type()) || previous == null
                ? d.type() : previous.type();
        String model = pick(d.model(), previous == null ? null : previous.model());
        String firmwareVersion = pick(d.firmware(), previous == null ? null : previous.firmwareVersion());
        String name = pick(d.name(), previous == null ? null : previous.name());
        if (name == null) {
            name = !ips.isEmpty() ? ips.get(0) : macs.isEmpty() ? d.id() : macs.get(0);
        }
        List<ApiFirmware> firmware = model == null && firmwareVersion == null ? List.of()
                : List.of(new ApiFirmware(ips.isEmpty() ? null : ips.get(0), null, property(d, "serial"), model,
                        firmwareVersion, null, null, null));
        boolean engineering = "Engineering Station".equals(type)
                || d.roles().stream().anyMatch(r -> r.endsWith("/ENGINEERING"))
                || previous != null && previous.engineeringStation();
        boolean dynamic = d.roles().stream().anyMatch(r -> r.startsWith("dhcp/"))
                || previous != null && previous.hasDynamicAddress();
        long first = millis(d.firstSeen());
        long last = millis(d.lastSeen());
        if (previous != null && previous.firstSeen() != null) {
            first = Math.min(first, previous.firstSeen());
        }
        if (previous != null && previous.lastSeen() != null) {
            last = Math.max(last, previous.lastSeen());
        }
        return new ApiDevice(id, ips, name, pick(d.vendor(), previous == null ? null : previous.vendor()),
                pick(d.os(), previous == null ? null : previous.operatingSystem()), macs, type, engineering,
                authorized, scanner || previous != null && previous.scanner(), protocols, firmware, dynamic,
                d.id(), model, firmwareVersion,
                d.purdueLevel() != null || previous == null ? d.purdueLevel() : previous.purdueLevel(),
                first, last, List.copyOf(ports), properties, evidence, null);
    }

    static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }

    private static String property(Device d, String field) {
        return d.properties().stream().filter(p -> p.field().equals(field)).map(Device.Property::value)
                .findFirst().orElse(null);
    }

    private static String pick(String current, String previous) {
        return current != null ? current : previous;
    }

    /** The current values in their order, then earlier ones not among them. */
    static List<String> union(List<String> current, List<String> previous) {
        if (previous == null || previous.isEmpty()) {
            return List.copyOf(current);
        }
        Set<String> all = new LinkedHashSet<>(current);
        all.addAll(previous);
        return List.copyOf(all);
    }
}
