package io.plantwatch.detect;

import io.plantwatch.inventory.Connection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A client using a service (server, transport, port) it did not use while learning. Connections
 * of known scanners are left to the scan rule, so a scan raises one alert, not thousands.
 * Raised once per client, server and service while the service runs. Not thread-safe.
 */
final class NewConnectionRule {
    private final Set<String> reported = new HashSet<>();

    List<Alert> check(List<Connection> connections, Set<String> scanners, Baseline baseline) {
        if (baseline.acceptsEverything()) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        for (Connection c : connections) {
            String client = c.a().ip();
            String server = c.b().ip();
            String service = c.transport() + (c.b().port() == null ? "" : "/" + c.b().port());
            String key = Baseline.connectionKey(client, server, service);
            if (reported.contains(key) || baseline.expected(key) || scanners.contains(client)) {
                continue;
            }
            reported.add(key);
            alerts.add(new Alert(null, c.firstSeen(), Alert.Severity.Warning, Alert.Engine.POLICY_VIOLATION,
                    "New connection detected", client + " used " + service + " on " + server
                    + ", which it did not use while learning", client, server, List.of(), Rules.NEW_CONNECTION,
                    c.protocols().isEmpty() ? c.transport() : c.protocols().get(0),
                    List.of("Check whether this connection is expected; if so, handle the alert with learn."), key));
        }
        return alerts;
    }
}
