package io.plantwatch.detect;

import io.plantwatch.decode.MacAddress;
import io.plantwatch.inventory.ArpSweepSummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ARP address scans (T0846 Remote System Discovery) with Defender's threshold: one sender asking
 * ARP for 40 distinct addresses within six minutes. Raised once per sender. Not thread-safe.
 */
final class ArpScanRule {
    static final int TARGETS = 40;
    static final long WINDOW_NANOS = 360_000_000_000L;

    private final Set<Long> reported = new HashSet<>();

    List<Alert> check(List<ArpSweepSummary> sweeps) {
        List<Alert> alerts = new ArrayList<>();
        for (ArpSweepSummary s : sweeps) {
            if (s.firstAskTimes().length < TARGETS || reported.contains(s.senderMac())) {
                continue;
            }
            long[] times = s.firstAskTimes().clone();
            Arrays.sort(times);
            for (int end = TARGETS - 1; end < times.length; end++) {
                if (times[end] - times[end - TARGETS + 1] <= WINDOW_NANOS) {
                    reported.add(s.senderMac());
                    String source = s.senderIp() != null ? s.senderIp().toString() : MacAddress.toString(s.senderMac());
                    alerts.add(new Alert(null, times[end], Alert.Severity.Major, Alert.Engine.ANOMALY,
                            "ARP address scan detected", source + " (" + MacAddress.toString(s.senderMac())
                            + ") asked ARP for " + times.length + " addresses, " + TARGETS
                            + " of them within six minutes", source, null, List.of("T0846"), Rules.ADDRESS_SCAN,
                            "arp", List.of("Check whether " + source + " is an authorised scanner; if not, isolate it."),
                            null));
                    break;
                }
            }
        }
        return alerts;
    }
}
