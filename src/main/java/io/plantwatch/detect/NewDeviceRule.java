package io.plantwatch.detect;

import io.plantwatch.inventory.Device;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Devices that appear after learning mode ended ("unexpected new devices" in Defender's alert
 * filter), possibly a transient cyber asset such as a contractor's laptop (T0864). Raised once per device while the service runs; learning the alert authorises the
 * device. Internet addresses (type {@value #INTERNET}) are no devices of the site: an OT device talking
 * with one is the internet-connection rule's, an IT host browsing a new site is no news. Not thread-safe.
 */
final class NewDeviceRule {
    static final String INTERNET = "Internet";

    private final Set<String> reported = new HashSet<>();

    List<Alert> check(List<Device> devices, Baseline baseline) {
        if (baseline.acceptsEverything()) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        for (Device d : devices) {
            if (INTERNET.equals(d.type())) {
                continue;
            }
            String key = Baseline.deviceKey(d.id());
            if (reported.contains(key) || baseline.expected(key)) {
                continue;
            }
            reported.add(key);
            String address = d.ips().isEmpty() ? (d.macs().isEmpty() ? d.id() : d.macs().get(0)) : d.ips().get(0);
            alerts.add(new Alert(null, d.firstSeen(), Alert.Severity.Minor, Alert.Engine.POLICY_VIOLATION,
                    "New device detected", "A device not in the baseline appeared: " + describe(d), address, null,
                    List.of("T0864"), Rules.NEW_DEVICE, null,
                    List.of("Identify the device; if it belongs here, handle the alert with learn to authorise it."),
                    key));
        }
        return alerts;
    }

    private static String describe(Device d) {
        List<String> parts = new ArrayList<>();
        parts.addAll(d.ips());
        parts.addAll(d.macs());
        if (d.vendor() != null) {
            parts.add(d.vendor());
        }
        if (d.type() != null) {
            parts.add(d.type());
        }
        return String.join(", ", parts);
    }
}
