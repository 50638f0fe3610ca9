package io.plantwatch.detect;

import io.plantwatch.decode.IpAddress;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Device;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OT device talking with an internet (public) address, either way (T0883 Internet Accessible
 * Device); when the OT device opened the connection, possibly command and control over a standard
 * protocol (T0869 Standard Application Layer Protocol). Raised once per OT address and external
 * address while the service runs. Not thread-safe.
 */
final class InternetConnectionRule {
    private final OtDevices ot;
    private final Set<String> reported = new HashSet<>();

    InternetConnectionRule(OtDevices ot) {
        this.ot = ot;
    }

    List<Alert> check(List<Connection> connections, Map<String, Device> devicesByIp) {
        List<Alert> alerts = new ArrayList<>();
        for (Connection c : connections) {
            check(c, c.a().ip(), c.b().ip(), devicesByIp, alerts);
            check(c, c.b().ip(), c.a().ip(), devicesByIp, alerts);
        }
        return alerts;
    }

    private void check(Connection c, String inside, String outside, Map<String, Device> devicesByIp,
                       List<Alert> alerts) {
        Device device = devicesByIp.get(inside);
        if (device == null || !ot.isOt(device) || !isPublic(outside) || isPublic(inside)) {
            return;
        }
        String key = inside + "|" + outside;
        if (!reported.add(key)) {
            return;
        }
        boolean outbound = inside.equals(c.a().ip());
        alerts.add(new Alert(null, c.firstSeen(), Alert.Severity.Major, Alert.Engine.POLICY_VIOLATION,
                "Internet connection from an OT device",
                "OT device " + inside + (outbound ? " connected to " : " was reached from ") + "internet address "
                        + outside, c.a().ip(), c.b().ip(), outbound ? List.of("T0883", "T0869") : List.of("T0883"),
                Rules.INTERNET_CONNECTION,
                c.protocols().isEmpty() ? c.transport() : c.protocols().get(0),
                List.of("Block internet access for OT devices at the firewall, or route it through a DMZ."), null));
    }

    private static boolean isPublic(String ip) {
        try {
            IpAddress address = IpAddress.parse(ip);
            return !address.isPrivate() && !address.isBroadcast() && !address.isUnspecified();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
