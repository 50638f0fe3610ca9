package io.plantwatch.console.ti;

import io.plantwatch.console.store.SensorRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chooses the sensors a push goes to: all, by site, by zone, or by name. Stateless. */
public final class PushTargets {
    private PushTargets() {
    }

    /**
     * @throws IllegalArgumentException when nothing is chosen, or a named sensor, site or zone is unknown
     */
    public static List<SensorRecord> select(List<SensorRecord> sensors, boolean all, List<String> sites,
                                            List<String> zones, List<String> names) {
        Map<String, SensorRecord> chosen = new LinkedHashMap<>();
        for (SensorRecord s : sensors) {
            if (all || sites.contains(s.siteName()) || zones.contains(s.zoneName()) || names.contains(s.name())) {
                chosen.put(s.name(), s);
            }
        }
        List<String> unknown = new ArrayList<>();
        names.stream().filter(n -> sensors.stream().noneMatch(s -> s.name().equals(n))).forEach(n -> unknown.add("sensor " + n));
        sites.stream().filter(n -> sensors.stream().noneMatch(s -> n.equals(s.siteName()))).forEach(n -> unknown.add("site " + n));
        zones.stream().filter(n -> sensors.stream().noneMatch(s -> n.equals(s.zoneName()))).forEach(n -> unknown.add("zone " + n));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no such " + String.join(", ", unknown));
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no target sensors (choose --all, --site, --zone or --sensor)");
        }
        return new ArrayList<>(chosen.values());
    }
}
