package io.plantwatch.console.inventory;

import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.store.Zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names for the ids kept in merged items, read once per listing. A sensor removed since keeps
 * showing as {@code sensor#ID}. Immutable.
 */
public final class SensorNames {
    private final Map<Long, String> sensors = new HashMap<>();
    private final Map<Long, Zone> zones = new HashMap<>();

    public SensorNames(List<SensorRecord> sensorList, List<Zone> zoneList) {
        sensorList.forEach(s -> sensors.put(s.id(), s.name()));
        zoneList.forEach(z -> zones.put(z.id(), z));
    }

    public String sensor(long id) {
        return sensors.getOrDefault(id, "sensor#" + id);
    }

    public List<String> sensors(List<Long> ids) {
        List<String> names = new ArrayList<>();
        ids.forEach(id -> names.add(sensor(id)));
        names.sort(null);
        return names;
    }

    public String zone(long id) {
        Zone zone = zones.get(id);
        return zone == null ? null : zone.name();
    }

    public String site(long zoneId) {
        Zone zone = zones.get(zoneId);
        return zone == null ? null : zone.siteName();
    }
}
