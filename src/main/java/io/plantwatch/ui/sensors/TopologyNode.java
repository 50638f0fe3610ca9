package io.plantwatch.ui.sensors;

import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.console.store.SensorRecord;

import java.util.List;

/**
 * One line of the sites & sensors tree: a site, a zone or a sensor, with its figures. For sites
 * and zones, {@code health} is the worst of their sensors'. Immutable.
 *
 * @param sensor the sensor, for sensor lines; null for sites and zones
 * @param lastSync epoch ms of the last completed sync (the oldest of its sensors' for sites and zones)
 * @param tiOutdated sensors (this one: 0 or 1; of a site or zone: all of theirs) whose TI package is
 *                   older than the newest the console knows, or missing while the console knows one
 * @param newestTiVersion the newest TI package version the console knows, or null
 */
public record TopologyNode(Kind kind, String name, SensorHealth health, Long lastSync, long devices, long alerts,
                           String version, String detail, SensorRecord sensor, List<TopologyNode> children,
                           int tiOutdated, String newestTiVersion) {

    public enum Kind {
        SITE, ZONE, SENSOR
    }

    public boolean isSensor() {
        return kind == Kind.SENSOR;
    }
}
