package io.plantwatch.console.store;

import io.plantwatch.console.merge.DeviceFacts;
import io.plantwatch.console.merge.DeviceSource;
import io.plantwatch.console.merge.ItemChanges;
import io.plantwatch.console.merge.MergedDevice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Merged devices, written in batches ({@link Rows#write}). Stateless; thread-safe. */
public final class DeviceRepository {
    private static final String SUMMARY_FIELDS = "zone_id, macs, ips, name, vendor, type, model, firmware, os, "
            + "purdue_level, first_seen, last_seen, sensor_ids, conflicts";
    private static final String FIELDS = SUMMARY_FIELDS + ", sources";

    private final ItemJson json = new ItemJson();

    public void write(Connection connection, ItemChanges<MergedDevice> changes) throws SQLException {
        Rows.write(connection, "device", changes,
                "INSERT INTO device (" + FIELDS + ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "UPDATE device SET zone_id = ?, macs = ?, ips = ?, name = ?, vendor = ?, type = ?, model = ?, "
                        + "firmware = ?, os = ?, purdue_level = ?, first_seen = ?, last_seen = ?, sensor_ids = ?, "
                        + "conflicts = ?, sources = ? WHERE id = ?",
                this::bind);
    }

    private void bind(PreparedStatement statement, MergedDevice device) throws SQLException {
        statement.setLong(1, device.zoneId());
        statement.setString(2, ItemJson.commaList(device.macs()));
        statement.setString(3, ItemJson.commaList(device.ips()));
        statement.setString(4, device.name());
        statement.setString(5, device.vendor());
        statement.setString(6, device.type());
        statement.setString(7, device.model());
        statement.setString(8, device.firmware());
        statement.setString(9, device.os());
        Jdbc.setNullableInt(statement, 10, device.purdueLevel());
        Jdbc.setNullableLong(statement, 11, device.firstSeen());
        Jdbc.setNullableLong(statement, 12, device.lastSeen());
        statement.setString(13, ItemJson.idList(device.sensors()));
        statement.setBytes(14, device.conflicts().isEmpty() ? null : json.write(device.conflicts()));
        statement.setBytes(15, json.write(device.sources()));
        statement.setLong(16, device.id());
    }

    /** Every device of a zone, its facts derived again from its stored sources. */
    public void loadZone(Connection connection, long zoneId, Consumer<MergedDevice> sink) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, sources FROM device WHERE zone_id = ?")) {
            query.setLong(1, zoneId);
            query.setFetchSize(5000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    sink.accept(DeviceFacts.merge(row.getLong(1), zoneId, json.deviceSources(row.getBytes(2))));
                }
            }
        }
    }

    /**
     * Devices as stored without their provenance (an empty sources list), newest first; of one
     * zone when {@code zoneId} is not null. What a table of every device needs: parsing each
     * device's provenance JSON was most of the time a 100k-device listing took.
     */
    public List<MergedDevice> summaries(Connection connection, Long zoneId) throws SQLException {
        return Rows.list(connection, "SELECT id, " + SUMMARY_FIELDS + " FROM device"
                + (zoneId == null ? "" : " WHERE zone_id = ?") + " ORDER BY zone_id, last_seen DESC NULLS LAST, id",
                zoneId, row -> device(row, List.of()));
    }

    /** One device with its provenance. */
    public Optional<MergedDevice> byId(Connection connection, long id) throws SQLException {
        return Rows.list(connection, "SELECT id, " + FIELDS + " FROM device WHERE id = ?", id,
                row -> device(row, json.deviceSources(row.getBytes("sources")))).stream().findFirst();
    }

    private MergedDevice device(ResultSet row, List<DeviceSource> sources) throws SQLException {
        return new MergedDevice(row.getLong("id"), row.getLong("zone_id"),
                ItemJson.parseCommaList(row.getString("macs")), ItemJson.parseCommaList(row.getString("ips")),
                row.getString("name"), row.getString("vendor"), row.getString("type"), row.getString("model"),
                row.getString("firmware"), row.getString("os"), Jdbc.nullableInt(row, "purdue_level"),
                Jdbc.nullableLong(row, "first_seen"), Jdbc.nullableLong(row, "last_seen"),
                Rows.ids(row.getString("sensor_ids")), json.conflicts(row.getBytes("conflicts")), sources);
    }

    /** Devices as stored, newest first; of one zone when {@code zoneId} is not null. */
    public List<MergedDevice> list(Connection connection, Long zoneId) throws SQLException {
        return Rows.list(connection, "SELECT id, " + FIELDS + " FROM device"
                + (zoneId == null ? "" : " WHERE zone_id = ?") + " ORDER BY zone_id, last_seen DESC NULLS LAST, id",
                zoneId, row -> device(row, json.deviceSources(row.getBytes("sources"))));
    }

    public long count(Connection connection) throws SQLException {
        return Rows.count(connection, "device");
    }
}
