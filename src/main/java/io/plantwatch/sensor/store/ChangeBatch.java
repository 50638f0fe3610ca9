package io.plantwatch.sensor.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Everything one transaction writes. Filled by the writer thread only. Not thread-safe. */
public final class ChangeBatch {
    public final List<Rows.DeviceRow> devices = new ArrayList<>();
    public final List<Rows.ConnectionRow> connections = new ArrayList<>();
    public final List<Rows.AlertRow> alerts = new ArrayList<>();
    public final List<Rows.EventRow> events = new ArrayList<>();
    public final List<String> baselineKeys = new ArrayList<>();
    public final Map<String, String> settings = new LinkedHashMap<>();

    public boolean isEmpty() {
        return devices.isEmpty() && connections.isEmpty() && alerts.isEmpty() && events.isEmpty()
                && baselineKeys.isEmpty() && settings.isEmpty();
    }

    public int size() {
        return devices.size() + connections.size() + alerts.size() + events.size() + baselineKeys.size()
                + settings.size();
    }

    /**
     * This batch (one that could not be written) followed by {@code later}, as one batch: a row
     * that both hold for the same id is kept once, in its later state, so a batch that keeps
     * failing grows with the number of changed items, not with the number of attempts. Events
     * are all kept (each has its own id).
     */
    public ChangeBatch then(ChangeBatch later) {
        ChangeBatch both = new ChangeBatch();
        both.devices.addAll(latestById(devices, later.devices, Rows.DeviceRow::id));
        both.connections.addAll(latestConnections(later));
        both.alerts.addAll(latestById(alerts, later.alerts, Rows.AlertRow::id));
        both.events.addAll(events);
        both.events.addAll(later.events);
        both.baselineKeys.addAll(baselineKeys);
        both.baselineKeys.addAll(later.baselineKeys);
        both.settings.putAll(settings);
        both.settings.putAll(later.settings);
        return both;
    }

    /**
     * Connections as {@link #latestById}, but a row the earlier batch would have inserted is still
     * inserted: it never reached the store, whatever the writer has noted since.
     */
    private List<Rows.ConnectionRow> latestConnections(ChangeBatch later) {
        Map<Long, Rows.ConnectionRow> earlier = new HashMap<>();
        for (Rows.ConnectionRow row : connections) {
            earlier.put(row.id(), row);
        }
        List<Rows.ConnectionRow> rows = new ArrayList<>(later.connections.size());
        for (Rows.ConnectionRow row : later.connections) {
            Rows.ConnectionRow before = earlier.get(row.id());
            rows.add(before == null ? row : row.after(before));
        }
        return latestById(connections, rows, Rows.ConnectionRow::id);
    }

    private static <T> List<T> latestById(List<T> earlier, List<T> later, ToLongFunction<T> id) {
        Map<Long, T> byId = new LinkedHashMap<>();
        for (T row : earlier) {
            byId.put(id.applyAsLong(row), row);
        }
        for (T row : later) {
            byId.remove(id.applyAsLong(row)); // re-inserted last: written after the rows it follows
            byId.put(id.applyAsLong(row), row);
        }
        return new ArrayList<>(byId.values());
    }
}
