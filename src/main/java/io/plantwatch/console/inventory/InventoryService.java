package io.plantwatch.console.inventory;

import io.plantwatch.console.merge.Conflict;
import io.plantwatch.console.merge.DeviceSource;
import io.plantwatch.console.merge.MergedConnection;
import io.plantwatch.console.merge.MergedDevice;
import io.plantwatch.console.store.AuditRepository;
import io.plantwatch.console.store.ConnectionRepository;
import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.DeviceEditRepository;
import io.plantwatch.console.store.DeviceRepository;
import io.plantwatch.console.store.SensorRepository;
import io.plantwatch.console.store.StoreException;
import io.plantwatch.console.store.TopologyRepository;
import io.plantwatch.console.store.Zone;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merged inventory as stored: devices with provenance, conflicts and users' edits, and
 * connections. Thread-safe.
 */
public final class InventoryService {
    private final ConsoleStore store;
    private final DeviceRepository devices;
    private final ConnectionRepository connections;
    private final SensorRepository sensors;
    private final TopologyRepository topology;
    private final DeviceEditRepository edits;
    private final DeviceEditing editing;

    public InventoryService(ConsoleStore store, DeviceRepository devices, ConnectionRepository connections,
                            SensorRepository sensors, TopologyRepository topology, DeviceEditRepository edits,
                            AuditRepository audit, java.time.Clock clock, String actor) {
        this.store = store;
        this.devices = devices;
        this.connections = connections;
        this.sensors = sensors;
        this.topology = topology;
        this.edits = edits;
        this.editing = new DeviceEditing(store, devices, edits, audit, clock, actor);
    }

    /** Devices of one zone, or of all zones when {@code zone} is null; newest first within a zone. */
    public List<DeviceView> devices(Zone zone) {
        return list(zone, true);
    }

    /**
     * Like {@link #devices} without provenance (empty lists): what the inventory table needs, read
     * several times faster. {@link #device} gives one device in full.
     */
    public List<DeviceView> summaries(Zone zone) {
        return list(zone, false);
    }

    private List<DeviceView> list(Zone zone, boolean withProvenance) {
        try (Connection connection = store.connection()) {
            SensorNames names = names(connection);
            Map<Long, DeviceEdit> userEdits = edits.all(connection);
            Long zoneId = zone == null ? null : zone.id();
            List<MergedDevice> merged = withProvenance ? devices.list(connection, zoneId)
                    : devices.summaries(connection, zoneId);
            List<DeviceView> views = new ArrayList<>(merged.size());
            for (MergedDevice device : merged) {
                views.add(view(device, names, userEdits.getOrDefault(device.id(), DeviceEdit.NONE)));
            }
            return views;
        } catch (SQLException e) {
            throw new StoreException("cannot read devices", e);
        }
    }

    /** One device with its provenance, or empty when it is gone (its sensors were removed). */
    public Optional<DeviceView> device(long id) {
        try (Connection connection = store.connection()) {
            Optional<MergedDevice> device = devices.byId(connection, id);
            if (device.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(view(device.get(), names(connection),
                    edits.of(connection, id).orElse(DeviceEdit.NONE)));
        } catch (SQLException e) {
            throw new StoreException("cannot read device " + id, e);
        }
    }

    /** Saves a user's edit of a device and audits every field it changes. */
    public DeviceView edit(long deviceId, DeviceEdit edit) {
        editing.save(deviceId, edit);
        return device(deviceId).orElseThrow(() -> new IllegalArgumentException("no device " + deviceId));
    }

    /** The audited changes of a device, oldest first. */
    public List<AuditEntry> history(long deviceId) {
        return editing.history(deviceId);
    }

    public List<MergedConnection> connections(Zone zone) {
        try (Connection connection = store.connection()) {
            return connections.list(connection, zone == null ? null : zone.id());
        } catch (SQLException e) {
            throw new StoreException("cannot read connections", e);
        }
    }

    private SensorNames names(Connection connection) throws SQLException {
        return new SensorNames(sensors.all(connection), topology.zones(connection));
    }

    static DeviceView view(MergedDevice device, SensorNames names, DeviceEdit edit) {
        List<DeviceView.ConflictView> conflicts = new ArrayList<>();
        for (Conflict conflict : device.conflicts()) {
            List<DeviceView.ValueView> values = new ArrayList<>();
            for (Conflict.Value value : conflict.values()) {
                values.add(new DeviceView.ValueView(value.value(), names.sensors(value.sensors())));
            }
            conflicts.add(new DeviceView.ConflictView(conflict.field(), values));
        }
        List<DeviceView.ProvenanceView> provenance = new ArrayList<>();
        for (DeviceSource source : device.sources()) {
            provenance.add(new DeviceView.ProvenanceView(names.sensor(source.sensor()), source.id(), source.macs(),
                    source.ips(), source.vendor(), source.type(), source.firmware(), source.firstSeen(),
                    source.lastSeen()));
        }
        boolean edited = edit.name() != null || edit.type() != null || edit.purdueLevel() != null;
        return new DeviceView(device.id(), device.macs(), device.ips(), or(edit.name(), device.name()),
                device.vendor(), or(edit.type(), device.type()), device.model(), device.firmware(), device.os(),
                or(edit.purdueLevel(), device.purdueLevel()), device.firstSeen(), device.lastSeen(),
                names.zone(device.zoneId()), names.site(device.zoneId()), names.sensors(device.sensors()), conflicts,
                provenance, edit.authorized(), edit.notes(), edited);
    }

    private static <T> T or(T edited, T reported) {
        return edited != null ? edited : reported;
    }
}
