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
 * The console's H2 file ({@code <data>/console.mv.db}), migrated by Flyway on open unless its schema is
 * already current ({@link SchemaCheck}).
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

    /** Files smaller than this are never worth a rewrite on close. */
    private static final long COMPACT_ABOVE_BYTES = 64L * 1024 * 1024;
    private static final String USER = "plantwatch";

    private final Path dataDirectory;
    private final String url;
    private final JdbcConnectionPool pool;
    private final long sizeAtOpen;
    private final java.util.concurrent.locks.ReentrantLock writes = new java.util.concurrent.locks.ReentrantLock();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private ConsoleStore(Path dataDirectory, String url, JdbcConnectionPool pool) {
        this.dataDirectory = dataDirectory;
        this.url = url;
        this.pool = pool;
        this.sizeAtOpen = fileSize();
    }

    /** Opens (creating when new) the store in {@code dataDirectory} and brings its schema up to date. */
    public static ConsoleStore open(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        OwnerOnlyFiles.createDirectory(directory);
        String url = "jdbc:h2:file:" + directory.resolve("console")
                + ";FILE_LOCK=FS;MAX_COMPACT_TIME=2000;LOCK_TIMEOUT=60000;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=131072";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            if (!isCurrent(pool)) {
                Flyway.configure().dataSource(pool).locations("classpath:db/console").load().migrate();
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException("cannot open the console store in " + directory + ": " + rootMessage(e), e);
        }
        OwnerOnlyFiles.restrictAll(directory);
        return new ConsoleStore(directory, url, pool);
    }

    private static boolean isCurrent(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection()) {
            return SchemaCheck.isCurrent(connection);
        } catch (SQLException e) {
            return false;
        }
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

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * Write transactions take turns: H2's tables are shared B-trees updated by compare-and-swap,
     * and several sensors' syncs writing at once spent more CPU retrying than writing (measured
     * with {@code bench merge}); fetching and merging still run in parallel.
     */
    public <T> T inTransaction(Jdbc.Work<T> work) {
        writes.lock();
        try {
            return transaction(work);
        } finally {
            writes.unlock();
        }
    }

    private <T> T transaction(Jdbc.Work<T> work) {
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

    /**
     * Closes the pool and the database. When the file grew much while open (a big sync rewrites
     * many pages; H2 appends, it does not overwrite), it is rewritten compactly: DESIGN.md
     * measured 5.5 GB for 1.5M rows left as they were. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        org.h2.jdbcx.JdbcDataSource direct = new org.h2.jdbcx.JdbcDataSource();
        direct.setURL(url);
        direct.setUser(USER);
        // A plain connection keeps the database open while the pool lets go of its own, and can be
        // closed after SHUTDOWN without the pool's rollback-on-close failing into the trace file.
        try (Connection connection = direct.getConnection(); Statement statement = connection.createStatement()) {
            pool.dispose();
            statement.execute(grewMuch() ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            pool.dispose();
        }
        OwnerOnlyFiles.restrictAll(dataDirectory);
    }

    /**
     * Whether the file grew to over twice its size at open (and past {@value #COMPACT_ABOVE_BYTES}
     * bytes). H2 reports no reliable fill rate while the store is open, so growth stands in for
     * garbage: a big sync grows the file by rewriting pages; reading grows nothing, so the
     * commands that only read never pay for a rewrite.
     */
    private boolean grewMuch() {
        long size = fileSize();
        return size > COMPACT_ABOVE_BYTES && size > 2 * sizeAtOpen;
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
