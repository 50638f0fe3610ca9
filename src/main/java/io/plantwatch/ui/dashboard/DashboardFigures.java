package io.plantwatch.ui.dashboard;

import java.util.List;

/**
 * What the dashboard shows, counted from one snapshot. Immutable.
 *
 * @param tiVersions sensors per reported TI package version ("none" when a sensor reports none),
 *                   oldest first, "(outdated)" after versions older than the newest the console knows
 */
public record DashboardFigures(long devices, long sensors, long zones, long openAlerts, long conflicts,
                               List<Slice> devicesByType, List<Slice> devicesByVendor, List<Slice> devicesByPurdue,
                               List<Slice> alertsBySeverity, List<Slice> alertsByEngine, List<Slice> sensorHealth,
                               List<Slice> tiVersions) {
    public static final DashboardFigures EMPTY = new DashboardFigures(0, 0, 0, 0, 0, List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());
}
