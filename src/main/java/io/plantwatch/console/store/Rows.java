package io.plantwatch.console.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Row helpers shared by the item repositories. Stateless. */
final class Rows {
    private Rows() {
    }

    static void deleteByIds(Connection connection, String table, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            int pending = 0;
            for (Long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
                if (++pending == DeviceRepository.BATCH) {
                    delete.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                delete.executeBatch();
            }
        }
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
