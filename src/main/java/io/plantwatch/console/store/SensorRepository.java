package io.plantwatch.console.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Registered sensors and their sync state. Stateless; thread-safe. */
public final class SensorRepository {
    private static final String COLUMNS = "SELECT r.id, r.name, r.url, r.zone_id, z.name AS zone_name, "
            + "s.name AS site_name, r.fingerprint, r.added, r.kind, r.sync_cursor, r.version, r.health, "
            + "r.last_error, r.last_attempt, r.last_success, r.ti_version "
            + "FROM sensor r JOIN zone z ON z.id = r.zone_id JOIN site s ON s.id = z.site_id";

    public long insert(Connection connection, String name, String url, long zoneId, String fingerprint, long now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sensor (name, url, zone_id, fingerprint, added, health) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, url);
            insert.setLong(3, zoneId);
            insert.setString(4, fingerprint);
            insert.setLong(5, now);
            insert.setString(6, SensorHealth.OUT_OF_SYNC.name());
            insert.executeUpdate();
            return TopologyRepository.generatedId(insert);
        }
    }

    public List<SensorRecord> all(Connection connection) throws SQLException {
        return query(connection, " ORDER BY r.name", null);
    }

    public Optional<SensorRecord> byName(Connection connection, String name) throws SQLException {
        return query(connection, " WHERE r.name = ?", name).stream().findFirst();
    }

    public Optional<SensorRecord> byId(Connection connection, long id) throws SQLException {
        return query(connection, " WHERE r.id = ?", id).stream().findFirst();
    }

    /**
     * Changes what a user may edit; {@code forgetCursor} makes the next sync a complete one (the
     * sensor moved zones, so its whole view must be merged again).
     */
    public void update(Connection connection, long id, String name, String url, long zoneId, String fingerprint,
                       boolean forgetCursor) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sensor SET name = ?, url = ?, zone_id = ?, "
                + "fingerprint = ?" + (forgetCursor ? ", sync_cursor = NULL, health = 'OUT_OF_SYNC'" : "")
                + " WHERE id = ?")) {
            update.setString(1, name);
            update.setString(2, url);
            update.setLong(3, zoneId);
            update.setString(4, fingerprint);
            update.setLong(5, id);
            update.executeUpdate();
        }
    }

    public void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sensor WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /**
     * Records a completed sync (inside the sync's own transaction, so it commits with the data).
     *
     * @return false when the sensor no longer exists (removed meanwhile)
     */
    public boolean recordSuccess(Connection connection, long id, String kind, String cursor, String version,
                                 String tiVersion, long now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sensor SET kind = ?, sync_cursor = ?, "
                + "version = ?, ti_version = ?, health = ?, last_error = NULL, last_attempt = ?, last_success = ? "
                + "WHERE id = ?")) {
            update.setString(1, kind);
            update.setString(2, cursor);
            update.setString(3, version);
            update.setString(4, tiVersion);
            update.setString(5, SensorHealth.SYNCED.name());
            update.setLong(6, now);
            update.setLong(7, now);
            update.setLong(8, id);
            return update.executeUpdate() == 1;
        }
    }

    /** Records the TI version a sensor confirmed after a push (its status said so); false when no such sensor. */
    public boolean recordTiVersion(Connection connection, String name, String tiVersion) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sensor SET ti_version = ? WHERE name = ?")) {
            update.setString(1, tiVersion);
            update.setString(2, name);
            return update.executeUpdate() == 1;
        }
    }

    /** Records a failed sync (its own transaction: the failed sync's data was rolled back). */
    public void recordFailure(Connection connection, long id, SensorHealth health, String error, long now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sensor SET health = ?, last_error = ?, last_attempt = ? WHERE id = ?")) {
            update.setString(1, health.name());
            update.setString(2, error.length() > 4000 ? error.substring(0, 4000) : error);
            update.setLong(3, now);
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    private List<SensorRecord> query(Connection connection, String where, Object parameter) throws SQLException {
        List<SensorRecord> sensors = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(COLUMNS + where)) {
            if (parameter != null) {
                query.setObject(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    sensors.add(new SensorRecord(row.getLong("id"), row.getString("name"), row.getString("url"),
                            row.getLong("zone_id"), row.getString("zone_name"), row.getString("site_name"),
                            row.getString("fingerprint"), row.getLong("added"), row.getString("kind"),
                            row.getString("sync_cursor"), row.getString("version"),
                            SensorHealth.valueOf(row.getString("health")), row.getString("last_error"),
                            Jdbc.nullableLong(row, "last_attempt"), Jdbc.nullableLong(row, "last_success"),
                            row.getString("ti_version")));
                }
            }
        }
        return sensors;
    }
}
