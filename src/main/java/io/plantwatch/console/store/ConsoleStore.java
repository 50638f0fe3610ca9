package io.plantwatch.console.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The console's H2 file ({@code <data>/console.mv.db}), migrated by Flyway on open.
 *
 * <p>{@code FILE_LOCK=FS} uses the operating system's file lock, which dies with the process: a
 * console killed with {@code kill -9} leaves no stale lock behind. {@code MAX_COMPACT_TIME} lets
 * H2 compact on close so that the file does not keep the garbage of rewritten rows (DESIGN.md
 * measured 5.5 GB for 1.5M rows without compaction).
 *
 * <p>Thread-safe: connections come from a pool; each caller uses its own connection.
 */
public final class ConsoleStore implements AutoCloseable {
    public static final String FILE_NAME = "console.mv.db";
    private static final int MAX_CONNECTIONS = 32;

    private final Path dataDirectory;
    private final JdbcConnectionPool pool;

    private ConsoleStore(Path dataDirectory, JdbcConnectionPool pool) {
        this.dataDirectory = dataDirectory;
        this.pool = pool;
    }

    /** Opens (creating when new) the store in {@code dataDirectory} and brings its schema up to date. */
    public static ConsoleStore open(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        OwnerOnlyFiles.createDirectory(directory);
        String url = "jdbc:h2:file:" + directory.resolve("console")
                + ";FILE_LOCK=FS;MAX_COMPACT_TIME=2000;LOCK_TIMEOUT=60000;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "plantwatch", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/console").load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException("cannot open the console store in " + directory + ": " + rootMessage(e), e);
        }
        OwnerOnlyFiles.restrictAll(directory);
        return new ConsoleStore(directory, pool);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path file() {
        return dataDirectory.resolve(FILE_NAME);
    }

    /** A pooled connection in auto-commit mode; close it to return it. */
    public Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot get a store connection", e);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Jdbc.Work<T> work) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store transaction failed: " + e.getMessage(), e);
        }
    }

    /** Closes the pool and the database, compacting the file for up to MAX_COMPACT_TIME. */
    @Override
    public void close() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already closed or broken: disposing the pool below is all that is left to do.
        }
        pool.dispose();
        OwnerOnlyFiles.restrictAll(dataDirectory);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** Size of the store file in bytes (for benchmarks and the GUI's about box). */
    public long fileSize() {
        try {
            return Files.size(file());
        } catch (IOException e) {
            return -1;
        }
    }
}
