package io.plantwatch.console.inventory;

import io.plantwatch.console.merge.MergedDevice;
import io.plantwatch.console.store.AuditRepository;
import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.DeviceEditRepository;
import io.plantwatch.console.store.DeviceRepository;
import io.plantwatch.console.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Saves users' device edits with an audit entry per changed field (the value shown before and
 * after, so the log reads as the user saw it), in one transaction. Thread-safe.
 */
final class DeviceEditing {
    private final ConsoleStore store;
    private final DeviceRepository devices;
    private final DeviceEditRepository edits;
    private final AuditRepository audit;
    private final Clock clock;
    private final String actor;

    DeviceEditing(ConsoleStore store, DeviceRepository devices, DeviceEditRepository edits, AuditRepository audit,
                  Clock clock, String actor) {
        this.store = store;
        this.devices = devices;
        this.edits = edits;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    void save(long deviceId, DeviceEdit edit) {
        if (edit.purdueLevel() != null && (edit.purdueLevel() < 0 || edit.purdueLevel() > 5)) {
            throw new IllegalArgumentException("Purdue levels run from 0 to 5");
        }
        if (edit.notes() != null && edit.notes().length() > 4000) {
            throw new IllegalArgumentException("notes are at most 4000 characters");
        }
        store.inTransaction(connection -> {
            MergedDevice device = devices.byId(connection, deviceId)
                    .orElseThrow(() -> new IllegalArgumentException("no device " + deviceId));
            DeviceEdit before = edits.of(connection, deviceId).orElse(DeviceEdit.NONE);
            long now = clock.millis();
            auditField(connection, deviceId, now, "name", before, edit, DeviceEdit::name, device.name());
            auditField(connection, deviceId, now, "type", before, edit, DeviceEdit::type, device.type());
            auditField(connection, deviceId, now, "purdue_level", before, edit, DeviceEdit::purdueLevel,
                    device.purdueLevel());
            auditField(connection, deviceId, now, "authorized", before, edit, DeviceEdit::authorized, null);
            auditField(connection, deviceId, now, "notes", before, edit, DeviceEdit::notes, null);
            edits.save(connection, deviceId, edit, actor, now);
            return null;
        });
    }

    private <T> void auditField(Connection connection, long deviceId, long now, String field, DeviceEdit before,
                                DeviceEdit after, Function<DeviceEdit, T> value, T reported) throws SQLException {
        T old = value.apply(before) != null ? value.apply(before) : reported;
        T next = value.apply(after) != null ? value.apply(after) : reported;
        if (!Objects.equals(old, next)) {
            audit.append(connection, new AuditEntry(now, actor, "device", deviceId, field, text(old), text(next)));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    List<AuditEntry> history(long deviceId) {
        try (Connection connection = store.connection()) {
            return audit.ofDevice(connection, deviceId);
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of device " + deviceId, e);
        }
    }
}
