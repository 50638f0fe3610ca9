package io.plantwatch.sensor.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
}
