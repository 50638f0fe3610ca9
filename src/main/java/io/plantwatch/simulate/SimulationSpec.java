package io.plantwatch.simulate;

import io.plantwatch.simulate.events.EventType;

import java.util.EnumSet;
import java.util.Set;

/**
 * What to simulate.
 *
 * @param plant           {@code factory}, {@code building} or {@code utility}
 * @param devices         devices in the plan (an intruder added by events comes on top)
 * @param durationSeconds capture length; ignored when {@code targetBytes} is set
 * @param zones           zone 0 is the site zone, the others production cells
 * @param events          events to inject; null means every event the plant can host
 * @param startEpochSeconds time of the capture's start
 * @param targetBytes     when greater than 0, the duration is chosen so the capture holds at least about this many bytes
 */
public record SimulationSpec(String plant, int devices, double durationSeconds, long seed, int zones,
                             boolean perZoneFiles, Set<EventType> events, long startEpochSeconds, long targetBytes) {
    /** Monday 2025-03-03 06:00:00 UTC: a fixed start, so a seed always gives the same bytes. */
    public static final long DEFAULT_START = 1_740_981_600L;

    public SimulationSpec {
        if (devices < 1) {
            throw new IllegalArgumentException("devices must be at least 1");
        }
        if (!(durationSeconds > 0) && targetBytes <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        events = events == null ? null : Set.copyOf(events);
    }

    /** A plant with every applicable event, three zones and the default start. */
    public static SimulationSpec of(String plant, int devices, double durationSeconds, long seed) {
        return new SimulationSpec(plant, devices, durationSeconds, seed, 3, false, null, DEFAULT_START, 0);
    }

    public SimulationSpec withZones(int zoneCount, boolean perZone) {
        return new SimulationSpec(plant, devices, durationSeconds, seed, zoneCount, perZone, events, startEpochSeconds,
                targetBytes);
    }

    public SimulationSpec withEvents(Set<EventType> selected) {
        return new SimulationSpec(plant, devices, durationSeconds, seed, zones, perZoneFiles, selected, startEpochSeconds,
                targetBytes);
    }

    /** No injected events: only the plant's normal traffic. */
    public SimulationSpec withoutEvents() {
        return withEvents(EnumSet.noneOf(EventType.class));
    }

    /** Sizes the capture by bytes instead of duration (for the capture benchmark). */
    public SimulationSpec withTargetBytes(long bytes) {
        return new SimulationSpec(plant, devices, durationSeconds, seed, zones, perZoneFiles, events, startEpochSeconds,
                bytes);
    }
}
