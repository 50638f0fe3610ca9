package io.plantwatch.detect;

import io.plantwatch.inventory.Connection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Port and address scans (T0846 Remote System Discovery) with Defender's thresholds: 25 ports of
 * one host, or 50 hosts of one class B network, probed by one source within two minutes. Each new
 * connection is one probe. Memory is bounded: probes older than the window are dropped, and a
 * source keeps at most {@link #MAX_PROBES_PER_SOURCE}. Not thread-safe.
 */
final class ScanRule {
    static final long WINDOW_NANOS = 120_000_000_000L;
    static final int PORT_SCAN_PORTS = 25;
    static final int ADDRESS_SCAN_HOSTS = 50;
    private static final int MAX_PROBES_PER_SOURCE = 4096;
    private static final int MAX_SOURCES = 100_000;

    /** One new connection: its time, server address, port (-1 for none) and /16 network (or null). */
    private record Probe(long time, String host, int port, String network) {
    }

    private final Map<String, Deque<Probe>> probes = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    private final Set<String> scanners = new HashSet<>();

    /** Sources found scanning so far (their new connections are no news). */
    Set<String> scanners() {
        return scanners;
    }

    List<Alert> check(List<Connection> newConnections) {
        List<Alert> alerts = new ArrayList<>();
        for (Connection c : newConnections) {
            String source = c.a().ip();
            Deque<Probe> recent = probes.computeIfAbsent(source, s -> new ArrayDeque<>());
            recent.addLast(new Probe(c.firstSeen(), c.b().ip(), c.b().port() == null ? -1 : c.b().port(),
                    classB(c.b().ip())));
            while (!recent.isEmpty() && (recent.peekFirst().time() < c.firstSeen() - WINDOW_NANOS
                    || recent.size() > MAX_PROBES_PER_SOURCE)) {
                recent.removeFirst();
            }
            portScan(source, c, recent, alerts);
            addressScan(source, c, recent, alerts);
        }
        if (probes.size() > MAX_SOURCES) {
            forgetQuietSources();
        }
        return alerts;
    }

    private void portScan(String source, Connection c, Deque<Probe> recent, List<Alert> alerts) {
        if (c.b().port() == null || recent.size() < PORT_SCAN_PORTS) {
            return; // fewer probes than the threshold in the window: no scan, no need to count
        }
        String target = c.b().ip();
        String key = "port|" + source + "|" + target;
        if (reported.contains(key)) {
            return;
        }
        Set<Integer> ports = new HashSet<>();
        for (Probe p : recent) {
            if (p.host().equals(target) && p.port() >= 0) {
                ports.add(p.port());
            }
        }
        if (ports.size() >= PORT_SCAN_PORTS) {
            reported.add(key);
            scanners.add(source);
            alerts.add(new Alert(null, c.firstSeen(), Alert.Severity.Major, Alert.Engine.ANOMALY, "Port scan detected",
                    source + " probed " + ports.size() + " ports of " + target + " within two minutes",
                    source, target, List.of("T0846"), Rules.PORT_SCAN, c.transport(),
                    List.of("Check whether " + source + " is an authorised scanner; if not, isolate it."), null));
        }
    }

    private void addressScan(String source, Connection c, Deque<Probe> recent, List<Alert> alerts) {
        String network = recent.peekLast().network();
        if (network == null || recent.size() < ADDRESS_SCAN_HOSTS) {
            return;
        }
        String key = "address|" + source + "|" + network;
        if (reported.contains(key)) {
            return;
        }
        Set<String> hosts = new HashSet<>();
        for (Probe p : recent) {
            if (network.equals(p.network())) {
                hosts.add(p.host());
            }
        }
        if (hosts.size() >= ADDRESS_SCAN_HOSTS) {
            reported.add(key);
            scanners.add(source);
            alerts.add(new Alert(null, c.firstSeen(), Alert.Severity.Major, Alert.Engine.ANOMALY,
                    "Address scan detected", source + " probed " + hosts.size() + " hosts of " + network
                    + " within two minutes", source, network, List.of("T0846"), Rules.ADDRESS_SCAN, c.transport(),
                    List.of("Check whether " + source + " is an authorised scanner; if not, isolate it."), null));
        }
    }

    /** The IPv4 /16 of an address ("10.1.0.0/16"); IPv6 by its /64 is not tracked here. */
    private static String classB(String ip) {
        int first = ip.indexOf('.');
        int second = first < 0 ? -1 : ip.indexOf('.', first + 1);
        return second < 0 || ip.indexOf(':') >= 0 ? null : ip.substring(0, second) + ".0.0/16";
    }

    private void forgetQuietSources() {
        long newest = Long.MIN_VALUE;
        for (Deque<Probe> d : probes.values()) {
            if (!d.isEmpty()) {
                newest = Math.max(newest, d.peekLast().time());
            }
        }
        for (Iterator<Deque<Probe>> it = probes.values().iterator(); it.hasNext(); ) {
            Deque<Probe> d = it.next();
            if (d.isEmpty() || d.peekLast().time() < newest - WINDOW_NANOS) {
                it.remove();
            }
        }
    }
}
