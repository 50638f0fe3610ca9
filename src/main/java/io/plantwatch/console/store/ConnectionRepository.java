package io.plantwatch.console.store;

import io.plantwatch.console.merge.ConnectionFacts;
import io.plantwatch.console.merge.ItemChanges;
import io.plantwatch.console.merge.MergedConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** Merged connections, written in batches. Stateless; thread-safe. */
public final class ConnectionRepository {
    private final ItemJson json = new ItemJson();

    public void write(Connection connection, ItemChanges<MergedConnection> changes) throws SQLException {
        Rows.write(connection, "connection", changes,
                "INSERT INTO connection (zone_id, device_a, device_b, ports, protocols, discovered, last_seen, "
                        + "sensor_ids, sources, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "UPDATE connection SET zone_id = ?, device_a = ?, device_b = ?, ports = ?, protocols = ?, "
                        + "discovered = ?, last_seen = ?, sensor_ids = ?, sources = ? WHERE id = ?",
                this::bind);
    }

    private void bind(PreparedStatement statement, MergedConnection c) throws SQLException {
        statement.setLong(1, c.zoneId());
        statement.setLong(2, c.deviceA());
        statement.setLong(3, c.deviceB());
        statement.setString(4, ItemJson.commaList(c.ports()));
        statement.setString(5, c.protocols().isEmpty() ? null
                : new String(json.write(c.protocols()), java.nio.charset.StandardCharsets.UTF_8));
        Jdbc.setNullableLong(statement, 6, c.discovered());
        Jdbc.setNullableLong(statement, 7, c.lastSeen());
        statement.setString(8, ItemJson.idList(c.sensors()));
        statement.setBytes(9, json.write(c.sources()));
        statement.setLong(10, c.id());
    }

    public void loadZone(Connection connection, long zoneId, Consumer<MergedConnection> sink) throws SQLException {
        for (MergedConnection c : list(connection, zoneId)) {
            sink.accept(c);
        }
    }

    /** Connections as stored (facts derived again from the sources); of one zone when {@code zoneId} is set. */
    public List<MergedConnection> list(Connection connection, Long zoneId) throws SQLException {
        return Rows.list(connection, "SELECT id, zone_id, device_a, device_b, sources FROM connection"
                + (zoneId == null ? "" : " WHERE zone_id = ?") + " ORDER BY id", zoneId,
                row -> ConnectionFacts.merge(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        json.connectionSources(row.getBytes(5))));
    }

    public long count(Connection connection) throws SQLException {
        return Rows.count(connection, "connection");
    }
}
