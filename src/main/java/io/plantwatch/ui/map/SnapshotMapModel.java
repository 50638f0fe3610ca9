package io.plantwatch.ui.map;

import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.console.map.MapModel;
import io.plantwatch.console.merge.MergedConnection;
import io.plantwatch.ui.data.ConsoleSnapshot;
import io.plantwatch.ui.data.DeviceRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The map's model from the inventory snapshot the other screens show. Stateless; call off the FX thread. */
final class SnapshotMapModel {
    private SnapshotMapModel() {
    }

    static MapModel of(ConsoleSnapshot snapshot, long now) {
        List<DeviceView> devices = new ArrayList<>(snapshot.devices().size());
        Map<Long, Integer> alerts = new HashMap<>(snapshot.devices().size() * 2);
        for (DeviceRow row : snapshot.devices()) {
            devices.add(row.device());
            alerts.put(row.id(), row.alerts());
        }
        // Each connection is listed under both of its devices.
        Map<Long, MergedConnection> connections = new LinkedHashMap<>();
        snapshot.connectionsByDevice().values().forEach(list -> list.forEach(c -> connections.putIfAbsent(c.id(), c)));
        return MapModel.of(devices, new ArrayList<>(connections.values()),
                device -> alerts.getOrDefault(device.id(), 0), now);
    }
}
