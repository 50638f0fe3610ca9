package io.plantwatch.ui.dashboard;

import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.ui.data.AlertRow;
import io.plantwatch.ui.data.ConsoleSnapshot;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.data.Severity;
import io.plantwatch.ui.inventory.DeviceColumn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts a snapshot into {@link DashboardFigures}. Labels match the inventory's filter values
 * (so a clicked slice filters exactly those devices); long tails fold into "Other". Stateless.
 */
public final class DashboardCounter {
    /** The label of the slice that folds the smallest values together (not clickable). */
    public static final String OTHER = "Other";
    /** Appended to a TI version older than the newest package the console knows. */
    public static final String OUTDATED = "(outdated)";

    private final int slices;

    /** @param slices the most slices a chart shows before folding the rest into "Other" */
    public DashboardCounter(int slices) {
        this.slices = slices;
    }

    public DashboardFigures count(ConsoleSnapshot snapshot) {
        Map<String, Long> types = new HashMap<>();
        Map<String, Long> vendors = new HashMap<>();
        Map<String, Long> purdue = new TreeMap<>();
        long conflicts = 0;
        for (DeviceRow row : snapshot.devices()) {
            types.merge(single(DeviceColumn.TYPE, row), 1L, Long::sum);
            vendors.merge(single(DeviceColumn.VENDOR, row), 1L, Long::sum);
            purdue.merge(single(DeviceColumn.PURDUE, row), 1L, Long::sum);
            conflicts += row.conflicts() > 0 ? 1 : 0;
        }
        Map<Severity, Long> severities = new EnumMap<>(Severity.class);
        Map<String, Long> engines = new HashMap<>();
        long open = 0;
        for (AlertRow alert : snapshot.alerts()) {
            if (!alert.isOpen()) {
                continue;
            }
            open++;
            severities.merge(alert.severity(), 1L, Long::sum);
            engines.merge(alert.engine() == null ? "Unknown" : alert.engine(), 1L, Long::sum);
        }
        Map<SensorHealth, Long> health = new EnumMap<>(SensorHealth.class);
        Map<String, Long> versions = new TreeMap<>(io.plantwatch.ti.format.PackageVersionOrder.INSTANCE);
        for (SensorRecord sensor : snapshot.sensors()) {
            health.merge(sensor.health(), 1L, Long::sum);
            versions.merge(tiLabel(sensor, snapshot), 1L, Long::sum);
        }
        List<Slice> severitySlices = new ArrayList<>();
        severities.forEach((severity, count) -> severitySlices.add(new Slice(severity.label(), count)));
        List<Slice> healthSlices = new ArrayList<>();
        health.forEach((state, count) -> healthSlices.add(new Slice(healthLabel(state), count)));
        List<Slice> purdueSlices = new ArrayList<>();
        purdue.forEach((level, count) -> purdueSlices.add(new Slice(level, count)));
        List<Slice> versionSlices = new ArrayList<>();
        versions.forEach((version, count) -> versionSlices.add(new Slice(version, count)));
        return new DashboardFigures(snapshot.devices().size(), snapshot.sensors().size(), snapshot.zones().size(),
                open, conflicts, top(types), top(vendors), purdueSlices, severitySlices, top(engines), healthSlices,
                versionSlices);
    }

    /** The sensor's TI version ("none" without one), marked "(outdated)" when older than the newest known. */
    public static String tiLabel(SensorRecord sensor, ConsoleSnapshot snapshot) {
        String version = sensor.tiVersion() == null ? "none" : sensor.tiVersion();
        return snapshot.tiOutdated(sensor) ? version + " " + OUTDATED : version;
    }

    /** Synced, Out of sync, Disconnected. */
    public static String healthLabel(SensorHealth health) {
        switch (health) {
            case SYNCED:
                return "Synced";
            case OUT_OF_SYNC:
                return "Out of sync";
            default:
                return "Disconnected";
        }
    }

    private static String single(DeviceColumn column, DeviceRow row) {
        return column.filterValues(row).iterator().next();
    }

    /** The largest values, largest first, the rest folded into "Other". */
    List<Slice> top(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Slice> result = new ArrayList<>();
        long other = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (i < slices || entries.size() == slices + 1) {
                result.add(new Slice(entries.get(i).getKey(), entries.get(i).getValue()));
            } else {
                other += entries.get(i).getValue();
            }
        }
        if (other > 0) {
            result.add(new Slice(OTHER, other));
        }
        return result;
    }
}
