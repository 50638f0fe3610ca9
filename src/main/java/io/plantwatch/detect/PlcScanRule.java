package io.plantwatch.detect;

import io.plantwatch.inventory.Connection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PLC scans (T0846 Remote System Discovery) with Defender's threshold: one source probing
 * industrial ports ({@code ot-ports.txt}) of 10 hosts within two minutes. A probe is a connection
 * of at most {@link #PROBE_PACKETS} packets in which no application protocol was seen (a SYN
 * answered by a reset or a SYN-ACK), so a historian that polls many controllers is no scanner.
 * In the sensor a connection is judged when it first appears, so a burst of fresh connections to
 * ten controllers, cut by a snapshot before any protocol data, would count: a known limit.
 * Raised once per source; memory is bounded like {@link ScanRule}'s. Not thread-safe.
 */
final class PlcScanRule {
    static final int HOSTS = 10;
    static final int PROBE_PACKETS = 4;
    private static final int MAX_PROBES_PER_SOURCE = 1024;
    private static final int MAX_SOURCES = 100_000;

    private record Probe(long time, String host) {
    }

    private final OtDevices ot;
    private final Set<String> scanners;
    private final Map<String, Deque<Probe>> probes = new HashMap<>();
    private final Set<String> reported = new HashSet<>();

    /**
     * @param scanners sources found scanning; this rule adds the ones it finds (shared with
     *                 {@link ScanRule} so that their connections are not each news)
     */
    PlcScanRule(OtDevices ot, Set<String> scanners) {
        this.ot = ot;
        this.scanners = scanners;
    }

    List<Alert> check(List<Connection> newConnections) {
        List<Alert> alerts = new ArrayList<>();
        for (Connection c : newConnections) {
            if (!isProbe(c)) {
                continue;
            }
            String source = c.a().ip();
            if (reported.contains(source)) {
                continue;
            }
            if (!probes.containsKey(source) && probes.size() >= MAX_SOURCES) {
                probes.clear(); // a flood of sources: start over rather than grow without bound
            }
            Deque<Probe> recent = probes.computeIfAbsent(source, s -> new ArrayDeque<>());
            recent.addLast(new Probe(c.firstSeen(), c.b().ip()));
            while (!recent.isEmpty() && (recent.peekFirst().time() < c.firstSeen() - ScanRule.WINDOW_NANOS
                    || recent.size() > MAX_PROBES_PER_SOURCE)) {
                recent.removeFirst();
            }
            Set<String> hosts = new HashSet<>();
            recent.forEach(p -> hosts.add(p.host()));
            if (hosts.size() >= HOSTS) {
                reported.add(source);
                scanners.add(source);
                probes.remove(source);
                alerts.add(new Alert(null, c.firstSeen(), Alert.Severity.Major, Alert.Engine.ANOMALY,
                        "PLC scan detected", source + " probed industrial ports of " + hosts.size()
                        + " hosts within two minutes", source, null, List.of("T0846"), Rules.PLC_SCAN,
                        c.transport(), List.of("Check whether " + source + " is an authorised scanner; if not, isolate it.",
                        "Review which controllers answered the probes."), null));
            }
        }
        return alerts;
    }

    private boolean isProbe(Connection c) {
        return c.packets() <= PROBE_PACKETS && c.protocols().isEmpty() && ot.isOtPort(c.b().port());
    }
}
