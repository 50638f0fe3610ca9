package io.plantwatch.sensor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a {@link ChangeBatch} in one transaction, giving every row the next change cursor.
 * One writer per store, so cursors only grow and a reader paging by cursor misses nothing: a
 * transaction's rows become visible together, with cursors above all earlier ones.
 * It also counts the connection and alert rows committed (rows are never deleted), so the status
 * endpoint need not ask H2: a {@code COUNT(*)} scans every row while a large write is open (150k
 * connections of a fast replay), and the API's threads took a core doing it.
 * Not thread-safe: used by the writer thread only, but for the counts, which any thread may read.
 */
public final class BatchWriter {
    private static final Comparator<Rows.ConnectionRow> BY_ID = Comparator.comparingLong(Rows.ConnectionRow::id);
    private final SensorDatabase database;
    private long seq;
    private volatile long connectionRows;
    private volatile long alertRows;
    /** The highest alert id committed: alert ids only grow, so a higher one is a new row. */
    private long maxAlertId;

    public BatchWriter(SensorDatabase database, StoredState stored) {
        this.database = database;
        this.seq = stored.lastSeq();
        this.connectionRows = stored.connectionCount();
        this.alertRows = stored.alertCount();
        this.maxAlertId = stored.maxAlertId();
    }

    /** Connection rows the store holds (committed). */
    public long connectionRows() {
        return connectionRows;
    }

    /** Alert rows the store holds (committed). */
    public long alertRows() {
        return alertRows;
    }

    /** The cursor of the last row written. */
    public long lastSeq() {
        return seq;
    }

    /** Writes the batch; returns the cursor after it. On failure nothing of the batch is stored. */
    public long write(ChangeBatch batch) throws SQLException {
        if (batch.isEmpty()) {
            return seq;
        }
        long start = seq;
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try {
                devices(c, batch);
                int newConnections = connections(c, batch);
                long topAlertId = maxAlertId;
                int newAlerts = 0;
                for (Rows.AlertRow r : batch.alerts) {
                    if (r.id() > topAlertId) {
                        topAlertId = r.id();
                        newAlerts++;
                    }
                }
                alerts(c, batch);
                events(c, batch);
                baseline(c, batch);
                settings(c, batch);
                c.commit();
                connectionRows += newConnections;
                alertRows += newAlerts;
                maxAlertId = topAlertId;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                seq = start;
                throw e;
            }
        }
        return seq;
    }

    private void devices(Connection c, ChangeBatch batch) throws SQLException {
        if (batch.devices.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("MERGE INTO device (id, device_key, seq, authorized, removed,"
                + " last_seen, body) KEY(id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Rows.DeviceRow r : batch.devices) {
                s.setLong(1, r.id());
                s.setString(2, r.key());
                s.setLong(3, ++seq);
                s.setBoolean(4, r.authorized());
                s.setBoolean(5, r.removed());
                s.setLong(6, r.lastSeen());
                s.setString(7, r.body());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Connections the store holds are updated by id and new ones inserted, rather than merged: a
     * MERGE looks each row up first, and the writer knows which is which. A row marked stored that
     * the store does not hold (it cannot happen while this writer is the store's only one) is
     * inserted, so no change is lost. Rows go in id order: consecutive rows then land on the same
     * B-tree pages of the primary key and of the seq index, which H2 copies once per run of rows
     * rather than once per row (150k connections in hash order took twice the CPU and GC).
     * Returns how many rows it inserted.
     */
    private int connections(Connection c, ChangeBatch batch) throws SQLException {
        if (batch.connections.isEmpty()) {
            return 0;
        }
        List<Rows.ConnectionRow> inserts = new ArrayList<>();
        List<Rows.ConnectionRow> updates = new ArrayList<>();
        for (Rows.ConnectionRow r : batch.connections) {
            (r.stored() ? updates : inserts).add(r);
        }
        updates.sort(BY_ID);
        if (!updates.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE connection SET seq = ?, first_device = ?,"
                    + " second_device = ?, discovered = ?, last_seen = ?, body = ? WHERE id = ?")) {
                for (int i = 0; i < updates.size(); i++) {
                    Rows.ConnectionRow r = updates.get(i);
                    s.setLong(1, ++seq);
                    s.setLong(2, r.firstDevice());
                    s.setLong(3, r.secondDevice());
                    s.setLong(4, r.discovered());
                    s.setLong(5, r.lastSeen());
                    s.setBytes(6, r.body());
                    s.setLong(7, r.id());
                    s.addBatch();
                }
                int[] counts = s.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        inserts.add(updates.get(i));
                    }
                }
            }
        }
        if (inserts.isEmpty()) {
            return 0;
        }
        inserts.sort(BY_ID);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO connection (id, conn_key, conn_hash, seq,"
                + " first_device, second_device, discovered, last_seen, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Rows.ConnectionRow r : inserts) {
                s.setLong(1, r.id());
                s.setString(2, r.key());
                s.setLong(3, ConnectionKeyHash.of(r.key()));
                s.setLong(4, ++seq);
                s.setLong(5, r.firstDevice());
                s.setLong(6, r.secondDevice());
                s.setLong(7, r.discovered());
                s.setLong(8, r.lastSeen());
                s.setBytes(9, r.body());
                s.addBatch();
            }
            s.executeBatch();
        }
        return inserts.size();
    }

    private void alerts(Connection c, ChangeBatch batch) throws SQLException {
        if (batch.alerts.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("MERGE INTO alert (id, uuid, seq, occurred, rule, status,"
                + " dedup_key, baseline_key, body) KEY(id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Rows.AlertRow r : batch.alerts) {
                s.setLong(1, r.id());
                s.setString(2, r.uuid());
                s.setLong(3, ++seq);
                s.setLong(4, r.time());
                s.setString(5, r.rule());
                s.setString(6, r.status());
                s.setString(7, r.dedupKey());
                s.setString(8, r.baselineKey());
                s.setString(9, r.body());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void events(Connection c, ChangeBatch batch) throws SQLException {
        if (batch.events.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO event (id, seq, occurred, type, body) VALUES (?, ?, ?, ?, ?)")) {
            for (Rows.EventRow r : batch.events) {
                s.setLong(1, r.id());
                s.setLong(2, ++seq);
                s.setLong(3, r.time());
                s.setString(4, r.type());
                s.setString(5, r.body());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void baseline(Connection c, ChangeBatch batch) throws SQLException {
        if (batch.baselineKeys.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO baseline (baseline_key) VALUES (?)")) {
            for (String key : batch.baselineKeys) {
                s.setString(1, key);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void settings(Connection c, ChangeBatch batch) throws SQLException {
        if (batch.settings.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("MERGE INTO setting (name, setting_value) KEY(name) VALUES (?, ?)")) {
            for (var e : batch.settings.entrySet()) {
                s.setString(1, e.getKey());
                s.setString(2, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
