package io.plantwatch.console.sync;

import io.plantwatch.console.merge.AlertSource;
import io.plantwatch.console.merge.ConnectionSource;
import io.plantwatch.console.merge.DeviceSource;
import io.plantwatch.console.merge.ProtocolUse;
import io.plantwatch.console.merge.SensorBatch;
import io.plantwatch.model.ApiAlert;
import io.plantwatch.model.ApiConnection;
import io.plantwatch.model.ApiConnectionProtocol;
import io.plantwatch.model.ApiDevice;
import io.plantwatch.model.ApiFirmware;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Turns the sensor API's records (ours or Defender's) into the console's source records:
 * addresses normalised (MACs lowercase with colons, lists sorted and deduplicated), firmware and
 * model taken from Defender's per-module list when our flat fields are absent. Stateless.
 */
public final class ApiMapping {
    private ApiMapping() {
    }

    /** @param strings shares the repeating descriptive values among devices */
    static DeviceSource device(long sensor, ApiDevice device, CanonicalStrings strings) {
        String firmware = device.firmwareVersion();
        String model = device.model();
        if (device.firmware() != null) {
            for (ApiFirmware module : device.firmware()) {
                if (firmware == null && notBlank(module.firmwareVersion())) {
                    firmware = module.firmwareVersion();
                }
                if (model == null && notBlank(module.model())) {
                    model = module.model();
                }
            }
        }
        return new DeviceSource(sensor, device.id(), macs(device.macAddresses()), ips(device.ipAddresses()),
                blankToNull(device.name()), strings.of(blankToNull(device.vendor())),
                strings.of(blankToNull(device.type())), strings.of(blankToNull(model)),
                strings.of(blankToNull(firmware)), strings.of(blankToNull(device.operatingSystem())),
                device.purdueLevel(), device.firstSeen(), device.lastSeen());
    }

    public static ConnectionSource connection(long sensor, ApiConnection connection) {
        String key = connection.transport() != null && connection.firstAddress() != null
                ? connection.transport() + "|" + connection.firstAddress() + ":" + connection.firstPort() + "|"
                  + connection.secondAddress() + ":" + connection.secondPort()
                : connection.firstDeviceId() + "-" + connection.secondDeviceId();
        List<ProtocolUse> protocols = new ArrayList<>();
        if (connection.protocols() != null) {
            for (ApiConnectionProtocol protocol : connection.protocols()) {
                protocols.add(new ProtocolUse(protocol.name(), protocol.commands()));
            }
        }
        List<Integer> ports = connection.ports() == null ? List.of()
                : List.copyOf(new TreeSet<>(connection.ports().stream().filter(p -> p != null).toList()));
        return new ConnectionSource(sensor, key, connection.firstDeviceId(), connection.secondDeviceId(),
                connection.transport(), ports, protocols, connection.discovered(), connection.lastSeen(),
                connection.packets(), connection.bytes());
    }

    public static SensorBatch.IncomingAlert alert(long sensor, ApiAlert alert) {
        AlertSource source = new AlertSource(sensor, alert.id(), alert.time(), alert.title(), alert.message(),
                alert.severity(), alert.engine(), blankToNull(alert.sourceDeviceAddress()),
                blankToNull(alert.destinationDeviceAddress()), alert.handled(), alert.status(), alert.techniques(),
                alert.occurrences(), alert.lastSeen(), null, null);
        return new SensorBatch.IncomingAlert(source, alert.sourceDevice(), alert.destinationDevice());
    }

    static List<String> macs(List<String> macs) {
        if (macs != null && macs.size() == 1) {
            String mac = macs.get(0);
            return notBlank(mac) ? List.of(mac.trim().toLowerCase(Locale.ROOT).replace('-', ':')) : List.of();
        }
        TreeSet<String> normal = new TreeSet<>();
        if (macs != null) {
            for (String mac : macs) {
                if (notBlank(mac)) {
                    normal.add(mac.trim().toLowerCase(Locale.ROOT).replace('-', ':'));
                }
            }
        }
        return List.copyOf(normal);
    }

    static List<String> ips(List<String> ips) {
        if (ips != null && ips.size() == 1) {
            String ip = ips.get(0);
            return notBlank(ip) ? List.of(ip.trim().toLowerCase(Locale.ROOT)) : List.of();
        }
        TreeSet<String> normal = new TreeSet<>();
        if (ips != null) {
            for (String ip : ips) {
                if (notBlank(ip)) {
                    normal.add(ip.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(normal);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String blankToNull(String text) {
        return notBlank(text) ? text : null;
    }
}
