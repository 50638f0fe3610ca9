package io.plantwatch.console.map;

import java.util.List;

/**
 * The subnet a device belongs to on the map, from its first address: {@code zone a.b.c.0/24} for
 * IPv4, the /64 for IPv6, {@code zone (no IP)} for layer-2-only devices. The zone is part of the key
 * because the same private range is common to several zones. Stateless.
 */
public final class Subnets {
    private Subnets() {
    }

    public static String of(String zone, List<String> ips) {
        String prefix = zone == null ? "" : zone + " ";
        for (String ip : ips) {
            String subnet = subnetOf(ip);
            if (subnet != null) {
                return prefix + subnet;
            }
        }
        return prefix + "(no IP)";
    }

    private static String subnetOf(String ip) {
        if (ip == null || ip.isEmpty()) {
            return null;
        }
        if (ip.indexOf(':') >= 0) {
            int compressed = ip.indexOf("::");
            String head = compressed >= 0 ? ip.substring(0, compressed) : ip;
            String[] groups = head.isEmpty() ? new String[0] : head.split(":");
            StringBuilder prefix = new StringBuilder(24);
            for (int i = 0; i < 4; i++) {
                prefix.append(i > 0 ? ":" : "").append(i < groups.length ? groups[i] : "0");
            }
            return prefix.append("::/64").toString();
        }
        int last = ip.lastIndexOf('.');
        return last > 0 ? ip.substring(0, last) + ".0/24" : null;
    }
}
