package io.plantwatch.sensor.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written by a sensor before migration V2 (text bodies, unique connection keys) opens with
 * its connections, baseline and feed intact, and the writer's inserts and updates work on it.
 */
class SensorStoreMigrationTest {
    private static final String KEY = "tcp|10.0.0.1#502|10.0.0.2#40000";
    private static final String BODY = "{\"id\":1,\"firstAddress\":\"10.0.0.2\",\"note\":\"é\"}";

    @TempDir
    Path data;

    @Test
    void aVersion1StoreKeepsItsConnectionsAndBaseline() throws Exception {
        writeVersion1Store();
        try (SensorDatabase database = SensorDatabase.open(data)) {
            StoreReader reader = new StoreReader(database);
            assertThat(reader.connectionsByKey(List.of(KEY, "udp|elsewhere"))).isEqualTo(Map.of(KEY, BODY));
            assertThat(reader.bodies(new StoreReader.Query("SELECT body FROM connection", List.of())))
                    .containsExactly(BODY);
            assertThat(reader.changes("connection", null, 0, 10)).containsExactly(Map.entry(7L, BODY));
            StoredState stored = StoredState.load(database);
            assertThat(stored.baselineKeys()).containsExactlyInAnyOrder("a", "b");
            assertThat(stored.lastSeq()).isEqualTo(7);
            assertThat(stored.connectionCount()).isEqualTo(1);

            BatchWriter writer = new BatchWriter(database, stored);
            assertThat(writer.connectionRows()).isEqualTo(1);
            ChangeBatch batch = new ChangeBatch();
            batch.connections.add(row(1, KEY, true, "{\"id\":1,\"v\":2}"));
            batch.connections.add(row(2, "udp|x|y", false, "{\"id\":2}"));
            batch.baselineKeys.add("c");
            assertThat(writer.write(batch)).isEqualTo(9);
            assertThat(writer.connectionRows()).as("one row updated, one inserted").isEqualTo(2);
            assertThat(reader.changes("connection", null, 7, 10))
                    .containsExactly(Map.entry(8L, "{\"id\":1,\"v\":2}"), Map.entry(9L, "{\"id\":2}"));
            assertThat(reader.connectionsByKey(List.of("udp|x|y"))).containsEntry("udp|x|y", "{\"id\":2}");
            assertThat(StoredState.load(database).baselineKeys()).containsExactlyInAnyOrder("a", "b", "c");
        }
    }

    @Test
    void theKeyHashIsTheOneTheMigrationComputesInSql() throws Exception {
        try (SensorDatabase database = SensorDatabase.open(data);
             Connection c = database.connection(); Statement s = c.createStatement()) {
            var r = s.executeQuery("SELECT CAST(SUBSTRING(HASH('SHA-256', '" + KEY + "'), 1, 8) AS BIGINT)");
            r.next();
            assertThat(ConnectionKeyHash.of(KEY)).isEqualTo(r.getLong(1)).isNotZero();
        }
    }

    @Test
    void aRowMarkedStoredThatTheStoreLacksIsInserted() throws Exception {
        try (SensorDatabase database = SensorDatabase.open(data)) {
            ChangeBatch batch = new ChangeBatch();
            batch.connections.add(row(5, KEY, true, "{\"id\":5}"));
            BatchWriter writer = new BatchWriter(database, StoredState.load(database));
            writer.write(batch);
            assertThat(new StoreReader(database).connectionsByKey(List.of(KEY))).containsEntry(KEY, "{\"id\":5}");
            assertThat(writer.connectionRows()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedInsertStaysAnInsertWhenALaterBatchUpdatesTheRow() {
        ChangeBatch refused = new ChangeBatch();
        refused.connections.add(row(1, "k1", false, "{\"v\":1}"));
        refused.connections.add(row(2, "k2", true, "{\"v\":1}"));
        ChangeBatch later = new ChangeBatch();
        later.connections.add(row(1, "k1", true, "{\"v\":2}"));
        later.connections.add(row(2, "k2", true, "{\"v\":2}"));

        List<Rows.ConnectionRow> both = refused.then(later).connections;
        assertThat(both).extracting(Rows.ConnectionRow::id, Rows.ConnectionRow::stored,
                r -> new String(r.body(), StandardCharsets.UTF_8)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, false, "{\"v\":2}"),
                org.assertj.core.groups.Tuple.tuple(2L, true, "{\"v\":2}"));
    }

    private static Rows.ConnectionRow row(long id, String key, boolean stored, String body) {
        return new Rows.ConnectionRow(id, key, stored, 1, 2, 100, 200, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The schema and rows of a store that only knows migration 1. */
    private void writeVersion1Store() throws Exception {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("sensor");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sensor", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/sensor").target("1").load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO connection (id, conn_key, seq, first_device, second_device, discovered,"
                        + " last_seen, body) VALUES (1, '" + KEY + "', 7, 1, 2, 100, 200, '" + BODY + "')");
                s.execute("INSERT INTO baseline (baseline_key) VALUES ('a'), ('b')");
            }
        } finally {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            pool.dispose();
        }
    }
}
