package io.plantwatch.detect;

import io.plantwatch.decode.IpAddress;
import io.plantwatch.decode.MacAddress;
import io.plantwatch.inventory.ArpClaimSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An IP address claimed in ARP by two or more MACs: the mark of ARP spoofing, a man in the middle
 * (T0830 Adversary-in-the-Middle). Raised once per address. Not thread-safe.
 */
final class ArpSpoofingRule {
    private final Set<IpAddress> reported = new HashSet<>();

    List<Alert> check(List<ArpClaimSummary> claims) {
        Map<IpAddress, List<ArpClaimSummary>> byIp = new HashMap<>();
        for (ArpClaimSummary c : claims) {
            if (MacAddress.isUnicast(c.mac()) && !c.ip().isUnspecified()) {
                byIp.computeIfAbsent(c.ip(), ip -> new ArrayList<>()).add(c);
            }
        }
        List<Alert> alerts = new ArrayList<>();
        byIp.forEach((ip, list) -> {
            if (list.size() < 2 || reported.contains(ip)) {
                return;
            }
            reported.add(ip);
            Set<String> macs = new TreeSet<>();
            long time = Long.MIN_VALUE;
            for (ArpClaimSummary c : list) {
                macs.add(MacAddress.toString(c.mac()));
                time = Math.max(time, c.firstSeen());
            }
            String macList = String.join(", ", macs);
            alerts.add(new Alert(null, time, Alert.Severity.Major, Alert.Engine.ANOMALY,
                    "Suspected ARP spoofing", ip + " is claimed in ARP by " + macs.size() + " MACs: " + macList,
                    macList, ip.toString(), List.of("T0830"), Rules.ARP_SPOOFING, "arp",
                    List.of("Find which of the MACs really owns " + ip + " and isolate the other.",
                            "Consider static ARP entries or dynamic ARP inspection on the switch."), null));
        });
        alerts.sort(java.util.Comparator.comparingLong(Alert::time));
        return alerts;
    }
}
