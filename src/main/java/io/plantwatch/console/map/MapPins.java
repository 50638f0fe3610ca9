package io.plantwatch.console.map;

import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The positions users pinned on the map, in the console store (table {@code map_position}), so
 * that they survive relayouts and restarts. Blocking: call off the FX thread. Thread-safe (each
 * call uses its own pooled connection).
 */
public final class MapPins {
    private final ConsoleStore store;
    private final Clock clock;

    public MapPins(ConsoleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every pinned position by node key. */
    public Map<String, MapPoint> all() {
        try (Connection connection = store.connection();
             PreparedStatement select = connection.prepareStatement("SELECT node_key, x, y FROM map_position");
             ResultSet rows = select.executeQuery()) {
            Map<String, MapPoint> pins = new HashMap<>();
            while (rows.next()) {
                pins.put(rows.getString(1), new MapPoint(rows.getDouble(2), rows.getDouble(3)));
            }
            return pins;
        } catch (SQLException e) {
            throw new StoreException("cannot read the map's pinned positions", e);
        }
    }

    public void pin(String key, MapPoint point) {
        if (!Double.isFinite(point.x()) || !Double.isFinite(point.y())) {
            throw new IllegalArgumentException("a pinned position must be finite: " + point);
        }
        store.inTransaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO map_position (node_key, x, y, pinned_at) KEY (node_key) VALUES (?, ?, ?, ?)")) {
                merge.setString(1, key);
                merge.setDouble(2, point.x());
                merge.setDouble(3, point.y());
                merge.setLong(4, clock.millis());
                merge.executeUpdate();
            }
            return null;
        });
    }

    public void unpin(String key) {
        store.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM map_position WHERE node_key = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
            }
            return null;
        });
    }

    public void unpinAll() {
        store.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM map_position")) {
                delete.executeUpdate();
            }
            return null;
        });
    }
}
