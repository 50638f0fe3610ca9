package io.plantwatch.console.inventory;

import io.plantwatch.console.merge.Conflict;
import io.plantwatch.console.merge.DeviceSource;
import io.plantwatch.console.merge.MergedConnection;
import io.plantwatch.console.merge.MergedDevice;
import io.plantwatch.console.store.ConnectionRepository;
import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.DeviceRepository;
import io.plantwatch.console.store.SensorRepository;
import io.plantwatch.console.store.StoreException;
import io.plantwatch.console.store.TopologyRepository;
import io.plantwatch.console.store.Zone;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The merged inventory as stored: devices with provenance and conflicts, and connections. Thread-safe. */
public final class InventoryService {
    private final ConsoleStore store;
    private final DeviceRepository devices;
    private final ConnectionRepository connections;
    private final SensorRepository sensors;
    private final TopologyRepository topology;

    public InventoryService(ConsoleStore store, DeviceRepository devices, ConnectionRepository connections,
                            SensorRepository sensors, TopologyRepository topology) {
        this.store = store;
        this.devices = devices;
        this.connections = connections;
        this.sensors = sensors;
        this.topology = topology;
    }

    /** Devices of one zone, or of all zones when {@code zone} is null; newest first within a zone. */
    public List<DeviceView> devices(Zone zone) {
        try (Connection connection = store.connection()) {
            SensorNames names = names(connection);
            List<DeviceView> views = new ArrayList<>();
            for (MergedDevice device : devices.list(connection, zone == null ? null : zone.id())) {
                views.add(view(device, names));
            }
            return views;
        } catch (SQLException e) {
            throw new StoreException("cannot read devices", e);
        }
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

    static DeviceView view(MergedDevice device, SensorNames names) {
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
        return new DeviceView(device.id(), device.macs(), device.ips(), device.name(), device.vendor(), device.type(),
                device.model(), device.firmware(), device.os(), device.purdueLevel(), device.firstSeen(),
                device.lastSeen(), names.zone(device.zoneId()), names.site(device.zoneId()),
                names.sensors(device.sensors()), conflicts, provenance);
    }
}
