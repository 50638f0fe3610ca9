package io.plantwatch.console.store;

import io.plantwatch.console.inventory.DeviceEdit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Users' edits of merged devices (table {@code device_edit}). Stateless; thread-safe. */
public final class DeviceEditRepository {
    private static final String COLUMNS = "SELECT device_id, name, type, purdue_level, authorized, notes FROM device_edit";

    /** Every device's edits, by device id (few: people edit a handful of devices). */
    public Map<Long, DeviceEdit> all(Connection connection) throws SQLException {
        Map<Long, DeviceEdit> edits = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(COLUMNS); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                edits.put(row.getLong("device_id"), edit(row));
            }
        }
        return edits;
    }

    public Optional<DeviceEdit> of(Connection connection, long deviceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(COLUMNS + " WHERE device_id = ?")) {
            query.setLong(1, deviceId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(edit(row)) : Optional.empty();
            }
        }
    }

    public void save(Connection connection, long deviceId, DeviceEdit edit, String actor, long now)
            throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO device_edit (device_id, name, type, "
                + "purdue_level, authorized, notes, edited_by, edited_at) KEY (device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            merge.setLong(1, deviceId);
            merge.setString(2, edit.name());
            merge.setString(3, edit.type());
            Jdbc.setNullableInt(merge, 4, edit.purdueLevel());
            merge.setObject(5, edit.authorized());
            merge.setString(6, edit.notes());
            merge.setString(7, actor);
            merge.setLong(8, now);
            merge.executeUpdate();
        }
    }

    private static DeviceEdit edit(ResultSet row) throws SQLException {
        boolean authorized = row.getBoolean("authorized");
        Boolean decided = row.wasNull() ? null : authorized;
        return new DeviceEdit(row.getString("name"), row.getString("type"), Jdbc.nullableInt(row, "purdue_level"),
                decided, row.getString("notes"));
    }
}
