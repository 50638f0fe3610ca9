package io.plantwatch.console.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import io.plantwatch.console.merge.ItemChanges;

/** Row helpers shared by the item repositories. Stateless. */
final class Rows {
    /** Rows per JDBC batch: H2 writes batched rows several times faster than single ones (DESIGN.md). */
    static final int BATCH = 2000;

    private Rows() {
    }

    /** Sets one item's parameters on a statement (the id last, for INSERT ... id and UPDATE ... WHERE id). */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    /** Writes one kind of merged item: inserts, updates and deletes, each in batches. */
    static <T> void write(Connection connection, String table, ItemChanges<T> changes, String insert, String update,
                          Binder<T> binder) throws SQLException {
        if (!changes.inserted().isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                batch(statement, changes.inserted(), binder);
            }
        }
        if (!changes.updated().isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                batch(statement, changes.updated(), binder);
            }
        }
        deleteByIds(connection, table, changes.deleted());
    }

    private static <T> void batch(PreparedStatement statement, Collection<T> items, Binder<T> binder)
            throws SQLException {
        int pending = 0;
        for (T item : items) {
            binder.bind(statement, item);
            statement.addBatch();
            if (++pending == BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            statement.executeBatch();
        }
    }

    static void deleteByIds(Connection connection, String table, Collection<Long> ids) throws SQLException {
        if (!ids.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                batch(delete, ids, (statement, id) -> statement.setLong(1, id));
            }
        }
    }

    /** The rows of {@code sql}, whose one parameter (if any) is {@code parameter}, mapped. */
    static <T> List<T> list(Connection connection, String sql, Long parameter, Jdbc.RowMapper<T> mapper)
            throws SQLException {
        List<T> items = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setLong(1, parameter);
            }
            query.setFetchSize(5000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    items.add(mapper.map(row));
                }
            }
        }
        return items;
    }

    static long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static List<Long> ids(String idList) {
        List<Long> ids = new ArrayList<>();
        if (idList != null) {
            for (String part : idList.split(",")) {
                if (!part.isEmpty()) {
                    ids.add(Long.parseLong(part));
                }
            }
        }
        return ids;
    }
}
