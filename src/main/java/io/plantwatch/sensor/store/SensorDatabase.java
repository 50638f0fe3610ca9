package io.plantwatch.sensor.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The sensor's embedded H2 file ({@code <data>/sensor.mv.db}), migrated by Flyway on open.
 * H2's MVStore writes append-only and commits atomically, so a killed process loses at most the
 * transaction in flight, never the file. Thread-safe: connections come from a small pool.
 */
public final class SensorDatabase implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 16;

    private final JdbcConnectionPool pool;

    private SensorDatabase(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens (creating when absent) and migrates the store in {@code dataDir}. */
    public static SensorDatabase open(Path dataDir) throws StoreException {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        // MAX_COMPACT_TIME keeps the file small across restarts (DESIGN.md: it grows until compacted).
        // CACHE_SIZE (KiB, as the console store's): with H2's default of 16 MiB, writing the 150k
        // connections of the bench capture spent a sixth of the writer's time reading back index
        // pages the cache had let go (JFR, bench sensor).
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("sensor")
                + ";MAX_COMPACT_TIME=2000;CACHE_SIZE=131072";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sensor", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/sensor").load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException(describe(dataDir, e), e);
        }
        return new SensorDatabase(pool);
    }

    private static String describe(Path dataDir, RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Database may be already in use") || message.contains("locked")) {
            return "the store in " + dataDir + " is in use by another process (is a sensor running on it?)";
        }
        return "cannot open the store in " + dataDir + ": " + message;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // closing anyway
        }
        pool.dispose();
    }
}
