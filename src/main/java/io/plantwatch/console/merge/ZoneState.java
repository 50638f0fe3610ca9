package io.plantwatch.console.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One zone's merged devices, connections and alerts in memory: the console merges here and
 * writes only what changed (DESIGN.md: H2 is fast at batched writes of few rows, slow at
 * reading-and-merging row by row). The store stays the truth: when a write fails the state is
 * dropped and read again from the store.
 *
 * <p>Thread-safe only under {@link #lock()}: hold it from the merge until the write committed.
 */
public final class ZoneState {
    private final long zoneId;
    private final ZoneDevices devices;
    private final ZoneConnections connections;
    private final ZoneAlerts alerts;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean loaded;

    public ZoneState(long zoneId) {
        this.zoneId = zoneId;
        this.devices = new ZoneDevices(zoneId);
        this.connections = new ZoneConnections(zoneId);
        this.alerts = new ZoneAlerts(zoneId);
    }

    public long zoneId() {
        return zoneId;
    }

    public ReentrantLock lock() {
        return lock;
    }

    /** Whether the zone's items were read from the store (under the lock). */
    public boolean loaded() {
        return loaded;
    }

    public void markLoaded() {
        loaded = true;
    }

    public ZoneDevices devices() {
        return devices;
    }

    public ZoneConnections connections() {
        return connections;
    }

    public ZoneAlerts alerts() {
        return alerts;
    }

    /** Merges one sensor's batch; returns the rows to write. Call with the lock held. */
    public ZoneDelta apply(SensorBatch batch, IdAllocator ids, boolean removeAlerts) {
        List<SourceKey> deviceRemovals = new ArrayList<>();
        for (Long removed : batch.removedDevices()) {
            deviceRemovals.add(new SourceKey(batch.sensor(), removed));
        }
        List<ConnectionKey> connectionRemovals = new ArrayList<>();
        if (batch.complete()) {
            Set<SourceKey> present = new HashSet<>();
            batch.devices().forEach(d -> present.add(d.key()));
            for (SourceKey key : devices.sourcesOf(batch.sensor())) {
                if (!present.contains(key)) {
                    deviceRemovals.add(key);
                }
            }
            Set<ConnectionKey> presentConnections = new HashSet<>();
            batch.connections().forEach(c -> presentConnections.add(c.connectionKey()));
            for (ConnectionKey key : connections.sourcesOf(batch.sensor())) {
                if (!presentConnections.contains(key)) {
                    connectionRemovals.add(key);
                }
            }
        }
        // Which device sources moved only matters to connections; a zone without any skips the bookkeeping.
        Set<SourceKey> touched = connections.isEmpty() && batch.connections().isEmpty()
                ? new DiscardingSet<>() : new HashSet<>();
        ItemChanges<MergedDevice> deviceChanges = devices.apply(batch.devices(), deviceRemovals, ids, touched);
        ItemChanges<MergedConnection> connectionChanges = connections.apply(batch.connections(), connectionRemovals,
                touched, devices::deviceOf, ids);
        List<AlertSource> incoming = new ArrayList<>();
        for (SensorBatch.IncomingAlert alert : batch.alerts()) {
            incoming.add(resolveAddresses(batch.sensor(), alert));
        }
        List<AlertKey> alertRemovals = removeAlerts ? new ArrayList<>(alerts.sourcesOf(batch.sensor())) : List.of();
        ItemChanges<MergedAlert> alertChanges = alerts.apply(incoming, alertRemovals, ids);
        return new ZoneDelta(deviceChanges, connectionChanges, alertChanges);
    }

    /** A set that forgets what it is given. */
    private static final class DiscardingSet<T> extends java.util.AbstractSet<T> {
        @Override
        public boolean add(T item) {
            return false;
        }

        @Override
        public java.util.Iterator<T> iterator() {
            return java.util.Collections.emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }
    }

    /** An alert's end addresses: the sensor's, else the first IP (or MAC) of the merged device. */
    private AlertSource resolveAddresses(long sensor, SensorBatch.IncomingAlert incoming) {
        AlertSource alert = incoming.alert();
        String source = alert.sourceAddress() != null ? alert.sourceAddress() : address(sensor, incoming.sourceDevice());
        String destination = alert.destinationAddress() != null ? alert.destinationAddress()
                : address(sensor, incoming.destinationDevice());
        if (source == null ? alert.sourceAddress() == null : source.equals(alert.sourceAddress())) {
            if (destination == null ? alert.destinationAddress() == null : destination.equals(alert.destinationAddress())) {
                return alert;
            }
        }
        return new AlertSource(alert.sensor(), alert.uuid(), alert.time(), alert.title(), alert.message(),
                alert.severity(), alert.engine(), source, destination, alert.handled(), alert.status(),
                alert.techniques(), alert.occurrences(), alert.lastSeen(), alert.propagated(), alert.propagationError());
    }

    private String address(long sensor, Long sensorDeviceId) {
        if (sensorDeviceId == null) {
            return null;
        }
        Long id = devices.deviceOf(new SourceKey(sensor, sensorDeviceId));
        MergedDevice device = id == null ? null : devices.device(id);
        if (device == null) {
            return null;
        }
        return !device.ips().isEmpty() ? device.ips().get(0) : device.macs().isEmpty() ? null : device.macs().get(0);
    }
}
