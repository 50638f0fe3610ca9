package io.plantwatch.sensor.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a starting sensor takes from its store: counters to continue from, the devices (merged
 * in memory from then on), open and muted alerts, the baseline and settings.
 */
public record StoredState(long lastSeq, long maxDeviceId, long maxConnectionId, long maxAlertId, long maxEventId,
                          List<Rows.DeviceRow> devices, List<String> openAlertKeys, List<String> baselineKeys,
                          Map<String, String> settings, long connectionCount, List<String> mutedAlertKeys,
                          long alertCount) {

    public static StoredState load(SensorDatabase database) throws SQLException {
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            long lastSeq = 0;
            for (String table : List.of("device", "connection", "alert", "event")) {
                lastSeq = Math.max(lastSeq, single(s, "SELECT COALESCE(MAX(seq), 0) FROM " + table));
            }
            List<Rows.DeviceRow> devices = new ArrayList<>();
            try (ResultSet r = s.executeQuery(
                    "SELECT id, device_key, authorized, removed, last_seen, body FROM device ORDER BY id")) {
                while (r.next()) {
                    devices.add(new Rows.DeviceRow(r.getLong(1), r.getString(2), r.getBoolean(3), r.getBoolean(4),
                            r.getLong(5), r.getString(6)));
                }
            }
            List<String> open = strings(s, "SELECT dedup_key FROM alert WHERE status = 'NEW'");
            List<String> muted = strings(s, "SELECT DISTINCT dedup_key FROM alert WHERE status = 'MUTED'");
            List<String> baseline = strings(s, "SELECT DISTINCT baseline_key FROM baseline");
            Map<String, String> settings = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT name, setting_value FROM setting")) {
                while (r.next()) {
                    settings.put(r.getString(1), r.getString(2));
                }
            }
            return new StoredState(lastSeq, single(s, "SELECT COALESCE(MAX(id), 0) FROM device"),
                    single(s, "SELECT COALESCE(MAX(id), 0) FROM connection"),
                    single(s, "SELECT COALESCE(MAX(id), 0) FROM alert"),
                    single(s, "SELECT COALESCE(MAX(id), 0) FROM event"), devices, open, baseline, settings,
                    single(s, "SELECT COUNT(*) FROM connection"), muted, single(s, "SELECT COUNT(*) FROM alert"));
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }
}
