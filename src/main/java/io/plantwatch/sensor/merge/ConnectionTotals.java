package io.plantwatch.sensor.merge;

import io.plantwatch.inventory.Connection;
import io.plantwatch.model.ApiConnection;
import io.plantwatch.model.ApiConnectionProtocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds connections up: what expired or was stored earlier plus what is live now; and converts
 * between the inventory's connection and the API's. Stateless.
 */
final class ConnectionTotals {
    private ConnectionTotals() {
    }

    /** The key of a 5-tuple (or address pair) whichever end is the client: transport and sorted ends. */
    static String key(Connection c) {
        String a = endpoint(c.a());
        String b = endpoint(c.b());
        return c.transport() + "|" + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
    }

    private static String endpoint(Connection.Endpoint e) {
        return e.port() == null ? e.ip() : e.ip() + "#" + e.port();
    }

    /** Both added; the orientation (client first) is the later one's. Either may be null. */
    static Connection add(Connection earlier, Connection later) {
        if (earlier == null) {
            return later;
        }
        if (later == null) {
            return earlier;
        }
        return new Connection(later.transport(), later.a(), later.b(), earlier.packets() + later.packets(),
                earlier.bytes() + later.bytes(), Math.min(earlier.firstSeen(), later.firstSeen()),
                Math.max(earlier.lastSeen(), later.lastSeen()),
                DeviceMapping.union(earlier.protocols(), later.protocols()),
                DeviceMapping.union(earlier.commands(), later.commands()));
    }

    static ApiConnection toApi(Connection c, long firstDevice, long secondDevice) {
        List<ApiConnectionProtocol> protocols = new ArrayList<>();
        for (int i = 0; i < c.protocols().size(); i++) {
            // Commands belong to the innermost protocol (the last named: "mbtcp", then "modbus").
            boolean innermost = i == c.protocols().size() - 1;
            protocols.add(new ApiConnectionProtocol(c.protocols().get(i), innermost ? c.commands() : List.of()));
        }
        return new ApiConnection(firstDevice, secondDevice, DeviceMapping.millis(c.lastSeen()),
                DeviceMapping.millis(c.firstSeen()), c.b().port() == null ? null : List.of(c.b().port()),
                protocols, c.transport(), c.a().ip(), c.a().port(), c.b().ip(), c.b().port(), c.packets(), c.bytes(),
                null);
    }

    /** A stored connection back as totals (times kept to the millisecond). */
    static Connection fromApi(ApiConnection a) {
        List<String> protocols = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        if (a.protocols() != null) {
            for (ApiConnectionProtocol p : a.protocols()) {
                protocols.add(p.name());
                if (p.commands() != null) {
                    commands.addAll(p.commands());
                }
            }
        }
        return new Connection(a.transport(), new Connection.Endpoint(a.firstAddress(), a.firstPort()),
                new Connection.Endpoint(a.secondAddress(), a.secondPort()), a.packets() == null ? 0 : a.packets(),
                a.bytes() == null ? 0 : a.bytes(), a.discovered() * 1_000_000L, a.lastSeen() * 1_000_000L,
                protocols, commands);
    }
}
