package io.plantwatch.console.store;

import io.plantwatch.console.merge.AlertFacts;
import io.plantwatch.console.merge.ItemChanges;
import io.plantwatch.console.merge.MergedAlert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Merged alerts, written in batches. Stateless; thread-safe. */
public final class AlertRepository {
    private final ItemJson json = new ItemJson();

    public void write(Connection connection, ItemChanges<MergedAlert> changes) throws SQLException {
        Rows.write(connection, "alert", changes,
                "INSERT INTO alert (zone_id, time, title, message, severity, engine, source_address, "
                        + "destination_address, handled, console_action, console_handled_at, sensor_ids, sources, id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "UPDATE alert SET zone_id = ?, time = ?, title = ?, message = ?, severity = ?, engine = ?, "
                        + "source_address = ?, destination_address = ?, handled = ?, console_action = ?, "
                        + "console_handled_at = ?, sensor_ids = ?, sources = ? WHERE id = ?",
                this::bind);
    }

    private void bind(PreparedStatement statement, MergedAlert a) throws SQLException {
        statement.setLong(1, a.zoneId());
        statement.setLong(2, a.time());
        statement.setString(3, a.title());
        statement.setString(4, a.message());
        statement.setString(5, a.severity());
        statement.setString(6, a.engine());
        statement.setString(7, a.sourceAddress());
        statement.setString(8, a.destinationAddress());
        statement.setBoolean(9, a.handled());
        statement.setString(10, a.consoleAction());
        Jdbc.setNullableLong(statement, 11, a.consoleHandledAt());
        statement.setString(12, ItemJson.idList(a.sensors()));
        statement.setBytes(13, json.write(a.sources()));
        statement.setLong(14, a.id());
    }

    /** Alerts newest first (facts derived again from the sources); of one zone when {@code zoneId} is set. */
    public List<MergedAlert> list(Connection connection, Long zoneId) throws SQLException {
        return query(connection, zoneId == null ? "" : " WHERE zone_id = ?", zoneId);
    }

    public Optional<MergedAlert> byId(Connection connection, long id) throws SQLException {
        return query(connection, " WHERE id = ?", id).stream().findFirst();
    }

    private List<MergedAlert> query(Connection connection, String where, Long parameter) throws SQLException {
        return Rows.list(connection, "SELECT id, zone_id, console_action, console_handled_at, sources FROM alert"
                + where + " ORDER BY time DESC, id", parameter,
                row -> AlertFacts.merge(row.getLong("id"), row.getLong("zone_id"), row.getString("console_action"),
                        Jdbc.nullableLong(row, "console_handled_at"), json.alertSources(row.getBytes("sources"))));
    }

    public long count(Connection connection) throws SQLException {
        return Rows.count(connection, "alert");
    }
}
