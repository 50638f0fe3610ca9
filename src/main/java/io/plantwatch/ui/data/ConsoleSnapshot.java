package io.plantwatch.ui.data;

import io.plantwatch.console.merge.MergedConnection;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.store.Site;
import io.plantwatch.console.store.Zone;

import java.util.List;
import java.util.Map;

/**
 * Everything the screens show, read from the console services in one go off the FX thread.
 * Immutable (its lists are not modified after loading).
 *
 * @param connectionsByDevice each device's connections, by merged device id
 * @param devicesById the rows of {@code devices} by merged device id
 * @param newestTiVersion the newest TI package version the console knows (imported, or reported by
 *                        any sensor), or null; sensors on an older one are flagged outdated
 * @param deviceCounts devices per sensor and per zone, counted while loading
 */
public record ConsoleSnapshot(List<Site> sites, List<Zone> zones, List<SensorRecord> sensors, List<DeviceRow> devices,
                              List<AlertRow> alerts, Map<Long, List<MergedConnection>> connectionsByDevice,
                              Map<Long, DeviceRow> devicesById, long loadMillis, String newestTiVersion,
                              DeviceCounts deviceCounts) {

    public static final ConsoleSnapshot EMPTY = new ConsoleSnapshot(List.of(), List.of(), List.of(), List.of(),
            List.of(), Map.of(), Map.of(), 0, null, DeviceCounts.NONE);

    /** Whether this sensor runs an older TI package (or none) than the newest the console knows. */
    public boolean tiOutdated(SensorRecord sensor) {
        return io.plantwatch.console.ti.KnownTiPackages.isOutdated(sensor.tiVersion(), newestTiVersion);
    }

    public List<MergedConnection> connectionsOf(long deviceId) {
        return connectionsByDevice.getOrDefault(deviceId, List.of());
    }

    /** A store with no sensor and no device: the first run, when the welcome view shows. */
    public boolean isEmpty() {
        return sensors.isEmpty() && devices.isEmpty();
    }
}
