package io.plantwatch.console.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the demo's sensors stand. The simulator writes one capture per network zone of the plant
 * (zone 0 the site network, zones 1 and 2 two production cells, each as a sensor on that
 * segment's SPAN port sees it). The console groups them in one site with two zones: "Site
 * network" with one sensor, and "Production" with two sensors, one per cell, whose views overlap
 * where traffic crosses the cell firewall (the firewall itself and routed flows), so the merge
 * shows devices reported by both. Immutable.
 */
record DemoLayout(List<SensorSpot> sensors) {
    static final String SITE = "Demo plant";
    static final String SITE_ZONE = "Site network";
    static final String PRODUCTION_ZONE = "Production";
    /** Plant zones the simulator makes: the site zone and two cells. */
    static final int PLANT_ZONES = 3;

    /** One sensor: its name, its console zone and the simulated zone whose capture it replays. */
    record SensorSpot(String name, String zone, int plantZone) {
    }

    static final DemoLayout STANDARD = new DemoLayout(List.of(
            new SensorSpot("demo-site", SITE_ZONE, 0),
            new SensorSpot("demo-cell-1", PRODUCTION_ZONE, 1),
            new SensorSpot("demo-cell-2", PRODUCTION_ZONE, 2)));

    boolean isDemoSensor(String name, String site) {
        return SITE.equals(site) && sensors.stream().anyMatch(spot -> spot.name().equals(name));
    }

    static Path sensorDirectory(Path demoDirectory, SensorSpot spot) {
        return demoDirectory.resolve("sensors").resolve(spot.name());
    }
}
