package io.plantwatch.ui.data;

import io.plantwatch.console.inventory.DeviceView;

import java.util.List;
import java.util.Locale;

/**
 * One row of the device inventory: a merged device with the figures the table shows (alerts,
 * protocols from its connections) worked out once when the inventory is loaded, and its text
 * for the search box prepared in lower case. Immutable.
 *
 * @param protocols protocol names seen on the device's connections, sorted
 * @param alerts alerts of its zone whose source or destination is one of its addresses
 * @param cves CVEs matched to the device, or null while no TI package provides them
 * @param authorized as set in the console, or null when nobody decided
 */
public record DeviceRow(DeviceView device, List<String> protocols, int alerts, Integer cves, Boolean authorized,
                        String searchText) {

    public static DeviceRow of(DeviceView device, List<String> protocols, int alerts) {
        return new DeviceRow(device, protocols, alerts, null, device.authorized(), searchText(device, protocols));
    }

    public long id() {
        return device.id();
    }

    /** The name to show: the device's name, else its first IP, else its first MAC. */
    public String displayName() {
        if (device.name() != null && !device.name().isBlank()) {
            return device.name();
        }
        if (!device.ips().isEmpty()) {
            return device.ips().get(0);
        }
        return device.macs().isEmpty() ? "device " + device.id() : device.macs().get(0);
    }

    public String ips() {
        return String.join(", ", device.ips());
    }

    public String macs() {
        return String.join(", ", device.macs());
    }

    public String vendor() {
        return device.vendor();
    }

    public String type() {
        return device.type();
    }

    public String model() {
        return device.model();
    }

    public String firmware() {
        return device.firmware();
    }

    public String os() {
        return device.os();
    }

    public String protocolText() {
        return String.join(", ", protocols);
    }

    public Integer purdueLevel() {
        return device.purdueLevel();
    }

    public String site() {
        return device.site();
    }

    public String zone() {
        return device.zone();
    }

    public String sensorText() {
        return String.join(", ", device.sensors());
    }

    public Long firstSeen() {
        return device.firstSeen();
    }

    public Long lastSeen() {
        return device.lastSeen();
    }

    public int conflicts() {
        return device.conflicts().size();
    }

    private static String searchText(DeviceView device, List<String> protocols) {
        StringBuilder text = new StringBuilder(128);
        append(text, device.name());
        device.ips().forEach(ip -> append(text, ip));
        device.macs().forEach(mac -> append(text, mac));
        append(text, device.vendor());
        append(text, device.type());
        append(text, device.model());
        append(text, device.firmware());
        append(text, device.os());
        append(text, device.zone());
        append(text, device.site());
        device.sensors().forEach(sensor -> append(text, sensor));
        protocols.forEach(protocol -> append(text, protocol));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static void append(StringBuilder text, String value) {
        if (value != null) {
            text.append(value).append('\u0001');
        }
    }
}
