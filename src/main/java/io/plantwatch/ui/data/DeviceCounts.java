package io.plantwatch.ui.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many devices each sensor reports and each zone holds (a device two sensors see counts once
 * per zone), counted while a snapshot is read, off the FX thread: counted by the sites tree on
 * the FX thread, 100k devices held the window up for part of the load's last step. Immutable.
 */
public record DeviceCounts(Map<String, Long> bySensor, Map<String, Long> byZone) {
    public static final DeviceCounts NONE = new DeviceCounts(Map.of(), Map.of());

    public DeviceCounts {
        bySensor = Map.copyOf(bySensor);
        byZone = Map.copyOf(byZone);
    }

    public static DeviceCounts of(List<DeviceRow> devices) {
        Map<String, Long> bySensor = new HashMap<>();
        Map<String, Long> byZone = new HashMap<>();
        for (DeviceRow row : devices) {
            for (String sensor : row.device().sensors()) {
                bySensor.merge(sensor, 1L, Long::sum);
            }
            byZone.merge(zoneKey(row.site(), row.zone()), 1L, Long::sum);
        }
        return new DeviceCounts(bySensor, byZone);
    }

    public long ofSensor(String sensor) {
        return bySensor.getOrDefault(sensor, 0L);
    }

    public long ofZone(String site, String zone) {
        return byZone.getOrDefault(zoneKey(site, zone), 0L);
    }

    /** One key per site and zone (names, as the rows carry them). */
    public static String zoneKey(String site, String zone) {
        return site + "/" + zone;
    }
}
