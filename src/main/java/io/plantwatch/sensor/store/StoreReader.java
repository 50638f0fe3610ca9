package io.plantwatch.sensor.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's queries. Results are the stored JSON bodies, ready to be joined into a JSON array
 * (connection bodies are stored as UTF-8 bytes, the others as text; both read as text here).
 * Thread-safe: each call takes its own connection.
 */
public final class StoreReader {
    private final SensorDatabase database;

    public StoreReader(SensorDatabase database) {
        this.database = database;
    }

    /** A query: SQL with its parameters in order. */
    public record Query(String sql, List<Object> parameters) {
    }

    public List<String> bodies(Query query) throws SQLException {
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(query.sql())) {
            bind(s, query.parameters());
            List<String> bodies = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                boolean bytes = isBinary(r, 1);
                while (r.next()) {
                    bodies.add(text(r, 1, bytes));
                }
            }
            return bodies;
        }
    }

    /** Rows with their cursor: (seq, body) for the changes feed. */
    public List<Map.Entry<Long, String>> changes(String table, String extraColumn, long since, int limit)
            throws SQLException {
        String sql = "SELECT seq, body" + (extraColumn == null ? "" : ", " + extraColumn) + " FROM " + table
                + " WHERE seq > ? ORDER BY seq LIMIT ?";
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, since);
            s.setInt(2, limit);
            List<Map.Entry<Long, String>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                boolean bytes = isBinary(r, 2);
                while (r.next()) {
                    String body = text(r, 2, bytes);
                    if (extraColumn != null && r.getBoolean(3)) {
                        body = null; // a removed device: reported by id only
                    }
                    rows.add(Map.entry(r.getLong(1), body == null ? "" : body));
                }
            }
            return rows;
        }
    }

    /** Ids of devices removed after {@code since}, with their cursors, up to {@code limit}. */
    public List<Map.Entry<Long, Long>> removedDevices(long since, int limit) throws SQLException {
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT seq, id FROM device WHERE seq > ? AND removed ORDER BY seq LIMIT ?")) {
            s.setLong(1, since);
            s.setInt(2, limit);
            List<Map.Entry<Long, Long>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(Map.entry(r.getLong(1), r.getLong(2)));
                }
            }
            return rows;
        }
    }

    /** Stored connection bodies by key, for connections seen again after they left memory. */
    public Map<String, String> connectionsByKey(Collection<String> keys) throws SQLException {
        Map<Long, List<String>> byHash = new HashMap<>();
        for (String key : keys) {
            byHash.computeIfAbsent(ConnectionKeyHash.of(key), h -> new ArrayList<>(1)).add(key);
        }
        Map<String, String> found = new HashMap<>();
        List<Object> hashes = new ArrayList<>(byHash.keySet());
        int chunk = 500;
        try (Connection c = database.connection()) {
            for (int from = 0; from < hashes.size(); from += chunk) {
                List<Object> part = hashes.subList(from, Math.min(hashes.size(), from + chunk));
                String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT conn_hash, conn_key, body FROM connection WHERE conn_hash IN (" + marks + ")")) {
                    bind(s, part);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            // the hash narrows the search; the key decides
                            String key = r.getString(2);
                            if (byHash.getOrDefault(r.getLong(1), List.of()).contains(key)) {
                                found.put(key, new String(r.getBytes(3), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** One alert row's (id, status, dedup key, baseline key, body, uuid), or null. */
    public record AlertState(long id, String status, String dedupKey, String baselineKey, String body, String uuid) {
    }

    public AlertState alert(String uuid) throws SQLException {
        return alertWhere("uuid = ?", uuid);
    }

    /** The latest open (NEW) alert with this de-duplication key, or null. */
    public AlertState openAlert(String dedupKey) throws SQLException {
        return alertWhere("dedup_key = ? AND status = 'NEW' ORDER BY id DESC LIMIT 1", dedupKey);
    }

    private AlertState alertWhere(String condition, String value) throws SQLException {
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT id, status, dedup_key, baseline_key, body, uuid FROM alert WHERE " + condition)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new AlertState(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6)) : null;
            }
        }
    }

    public long count(String sql) throws SQLException {
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean isBinary(ResultSet r, int column) throws SQLException {
        int type = r.getMetaData().getColumnType(column);
        return type == Types.VARBINARY || type == Types.BINARY || type == Types.LONGVARBINARY;
    }

    /** A body column as text: UTF-8 bytes decoded (H2 would give a VARBINARY's hex digits). */
    private static String text(ResultSet r, int column, boolean bytes) throws SQLException {
        if (!bytes) {
            return r.getString(column);
        }
        byte[] value = r.getBytes(column);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object p = parameters.get(i);
            if (p instanceof Long l) {
                s.setLong(i + 1, l);
            } else if (p instanceof Integer n) {
                s.setInt(i + 1, n);
            } else if (p instanceof Boolean b) {
                s.setBoolean(i + 1, b);
            } else {
                s.setString(i + 1, String.valueOf(p));
            }
        }
    }
}
