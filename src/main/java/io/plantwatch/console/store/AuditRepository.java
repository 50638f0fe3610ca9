package io.plantwatch.console.store;

import io.plantwatch.console.inventory.AuditEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The audit log (table {@code audit_log}): append and read. Stateless; thread-safe. */
public final class AuditRepository {
    public void append(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (at, actor, entity, "
                + "entity_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.at());
            insert.setString(2, entry.actor());
            insert.setString(3, entry.entity());
            insert.setLong(4, entry.entityId());
            insert.setString(5, entry.field());
            insert.setString(6, entry.oldValue());
            insert.setString(7, entry.newValue());
            insert.executeUpdate();
        }
    }

    /** A device's history, oldest first. */
    public List<AuditEntry> ofDevice(Connection connection, long entityId) throws SQLException {
        return Rows.list(connection, "SELECT at, actor, entity, entity_id, field, old_value, new_value FROM audit_log "
                        + "WHERE entity = 'device' AND entity_id = ? ORDER BY at, id",
                entityId, row -> new AuditEntry(row.getLong("at"), row.getString("actor"), row.getString("entity"),
                        row.getLong("entity_id"), row.getString("field"), row.getString("old_value"),
                        row.getString("new_value")));
    }
}
