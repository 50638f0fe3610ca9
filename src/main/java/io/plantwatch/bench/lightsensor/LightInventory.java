package io.plantwatch.bench.lightsensor;

import io.plantwatch.model.ApiAlert;
import io.plantwatch.model.ApiConnection;
import io.plantwatch.model.ApiDevice;
import io.plantwatch.model.ChangesPage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A light sensor's inventory: devices, connections and alerts, each change stamped with the next
 * version number, so {@code changes?since=V} can serve everything changed after V, each item once
 * in its latest state (the contract of {@link ChangesPage}). Thread-safe (synchronized).
 */
public final class LightInventory {
    private record Item(String key, Object value) {
    }

    private final NavigableMap<Long, Item> byVersion = new TreeMap<>();
    private final Map<String, Long> versionOf = new HashMap<>();
    private final Map<Long, ApiDevice> devices = new HashMap<>();
    private final Map<String, ApiConnection> connections = new HashMap<>();
    private final Map<String, ApiAlert> alerts = new HashMap<>();
    private long version;

    public synchronized void putDevice(ApiDevice device) {
        devices.put(device.id(), device);
        stamp("d" + device.id(), device);
    }

    public synchronized void removeDevice(long id) {
        devices.remove(id);
        stamp("d" + id, new Removed(id));
    }

    public synchronized void putConnection(ApiConnection connection) {
        String key = connection.firstDeviceId() + "-" + connection.secondDeviceId() + "-" + connection.transport()
                + "-" + connection.firstPort() + "-" + connection.secondPort();
        connections.put(key, connection);
        stamp("c" + key, connection);
    }

    public synchronized void putAlert(ApiAlert alert) {
        alerts.put(alert.id(), alert);
        stamp("a" + alert.id(), alert);
    }

    public synchronized ApiAlert alert(String uuid) {
        return alerts.get(uuid);
    }

    public synchronized List<ApiDevice> devices() {
        return new ArrayList<>(devices.values());
    }

    public synchronized List<ApiConnection> connections() {
        return new ArrayList<>(connections.values());
    }

    public synchronized List<ApiAlert> alerts() {
        return new ArrayList<>(alerts.values());
    }

    public synchronized String cursor() {
        return Long.toString(version);
    }

    public synchronized int deviceCount() {
        return devices.size();
    }

    /** The page after {@code since} (empty: from the beginning), at most {@code limit} items. */
    public synchronized ChangesPage changes(String since, int limit) {
        long after = since == null || since.isEmpty() ? 0 : Long.parseLong(since);
        List<ApiDevice> changedDevices = new ArrayList<>();
        List<ApiConnection> changedConnections = new ArrayList<>();
        List<ApiAlert> changedAlerts = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        long last = after;
        int count = 0;
        NavigableMap<Long, Item> tail = byVersion.tailMap(after, false);
        for (Map.Entry<Long, Item> entry : tail.entrySet()) {
            if (count == limit) {
                break;
            }
            Object value = entry.getValue().value();
            if (value instanceof ApiDevice) {
                changedDevices.add((ApiDevice) value);
            } else if (value instanceof ApiConnection) {
                changedConnections.add((ApiConnection) value);
            } else if (value instanceof ApiAlert) {
                changedAlerts.add((ApiAlert) value);
            } else {
                removed.add(((Removed) value).id());
            }
            last = entry.getKey();
            count++;
        }
        boolean more = byVersion.higherKey(last) != null;
        return new ChangesPage(since == null ? "" : since, Long.toString(last), more, changedDevices,
                changedConnections, changedAlerts, List.of(), removed);
    }

    private void stamp(String key, Object value) {
        Long old = versionOf.get(key);
        if (old != null) {
            byVersion.remove(old);
        }
        version++;
        byVersion.put(version, new Item(key, value));
        versionOf.put(key, version);
    }

    private record Removed(long id) {
    }
}
