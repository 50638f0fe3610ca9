package io.plantwatch.ui.sensors;

import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.store.Site;
import io.plantwatch.console.store.Zone;
import io.plantwatch.ui.data.AlertRow;
import io.plantwatch.ui.data.ConsoleSnapshot;
import io.plantwatch.ui.data.DeviceCounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the sites → zones → sensors tree from a snapshot, counting devices and alerts per
 * sensor (those it reports), per zone and per site (merged: a device two sensors see counts once).
 * Stateless.
 */
final class TopologyTree {
    private TopologyTree() {
    }

    static List<TopologyNode> build(ConsoleSnapshot snapshot) {
        // The devices were counted while the snapshot was read (100k of them, off the FX thread).
        DeviceCounts deviceCounts = snapshot.deviceCounts();
        Map<String, Long> alertsBySensor = new HashMap<>();
        Map<String, Long> alertsByZone = new HashMap<>();
        for (AlertRow alert : snapshot.alerts()) {
            alert.sensors().forEach(sensor -> alertsBySensor.merge(sensor, 1L, Long::sum));
            alertsByZone.merge(zoneKey(alert.site(), alert.zone()), 1L, Long::sum);
        }
        List<TopologyNode> sites = new ArrayList<>();
        for (Site site : sorted(snapshot.sites(), Site::name)) {
            List<TopologyNode> zones = new ArrayList<>();
            for (Zone zone : sorted(snapshot.zones(), Zone::name)) {
                if (zone.siteId() != site.id()) {
                    continue;
                }
                List<TopologyNode> sensors = new ArrayList<>();
                for (SensorRecord sensor : sorted(snapshot.sensors(), SensorRecord::name)) {
                    if (sensor.zoneId() == zone.id()) {
                        sensors.add(new TopologyNode(TopologyNode.Kind.SENSOR, sensor.name(), sensor.health(),
                                sensor.lastSuccess(), deviceCounts.ofSensor(sensor.name()),
                                alertsBySensor.getOrDefault(sensor.name(), 0L), sensor.version(),
                                sensor.lastError() != null && sensor.health() != SensorHealth.SYNCED
                                        ? sensor.lastError() : sensor.url(),
                                sensor, List.of(), snapshot.tiOutdated(sensor) ? 1 : 0, snapshot.newestTiVersion()));
                    }
                }
                String key = zoneKey(site.name(), zone.name());
                zones.add(group(TopologyNode.Kind.ZONE, zone.name(), deviceCounts.ofZone(site.name(), zone.name()),
                        alertsByZone.getOrDefault(key, 0L), sensors, snapshot.newestTiVersion()));
            }
            long devices = zones.stream().mapToLong(TopologyNode::devices).sum();
            long alerts = zones.stream().mapToLong(TopologyNode::alerts).sum();
            sites.add(group(TopologyNode.Kind.SITE, site.name(), devices, alerts, zones, snapshot.newestTiVersion()));
        }
        return sites;
    }

    private static TopologyNode group(TopologyNode.Kind kind, String name, long devices, long alerts,
                                      List<TopologyNode> children, String newestTiVersion) {
        SensorHealth worst = null;
        Long oldest = null;
        int sensors = 0;
        int tiOutdated = 0;
        for (TopologyNode child : children) {
            tiOutdated += child.tiOutdated();
            worst = worse(worst, child.health());
            if (child.lastSync() != null && (oldest == null || child.lastSync() < oldest)) {
                oldest = child.lastSync();
            }
            sensors += child.isSensor() ? 1 : (int) child.children().stream().filter(TopologyNode::isSensor).count();
        }
        String detail = sensors == 1 ? "1 sensor" : sensors + " sensors";
        return new TopologyNode(kind, name, worst, oldest, devices, alerts, null, detail, null, List.copyOf(children),
                tiOutdated, newestTiVersion);
    }

    /** DISCONNECTED is worse than OUT_OF_SYNC, which is worse than SYNCED. */
    static SensorHealth worse(SensorHealth a, SensorHealth b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(SensorHealth health) {
        switch (health) {
            case DISCONNECTED:
                return 2;
            case OUT_OF_SYNC:
                return 1;
            default:
                return 0;
        }
    }

    private static String zoneKey(String site, String zone) {
        return DeviceCounts.zoneKey(site, zone);
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> name) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER));
        return copy;
    }
}
