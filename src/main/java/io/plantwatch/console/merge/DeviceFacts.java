package io.plantwatch.console.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Derives a merged device's facts from its sources: addresses are the union; each descriptive
 * field takes the value of the most recently seen source that has one, and when sources disagree
 * the disagreement is kept as a {@link Conflict}. A type of "Unknown" is no value. Stateless.
 */
public final class DeviceFacts {
    /** Most recently seen first; ties by sensor and id so the result never depends on order. */
    private static final Comparator<DeviceSource> RECENT_FIRST = Comparator
            .comparing((DeviceSource s) -> s.lastSeen() == null ? Long.MIN_VALUE : s.lastSeen()).reversed()
            .thenComparing(DeviceSource::key);

    private DeviceFacts() {
    }

    public static MergedDevice merge(long id, long zoneId, Collection<DeviceSource> sourceSet) {
        if (sourceSet.size() == 1) {
            return single(id, zoneId, sourceSet.iterator().next());
        }
        List<DeviceSource> sources = new ArrayList<>(sourceSet);
        sources.sort(Comparator.comparing(DeviceSource::key));
        List<DeviceSource> recent = new ArrayList<>(sources);
        recent.sort(RECENT_FIRST);
        TreeSet<String> macs = new TreeSet<>();
        TreeSet<String> ips = new TreeSet<>();
        TreeSet<Long> sensors = new TreeSet<>();
        Long firstSeen = null;
        Long lastSeen = null;
        for (DeviceSource source : sources) {
            macs.addAll(source.macs());
            ips.addAll(source.ips());
            sensors.add(source.sensor());
            firstSeen = min(firstSeen, source.firstSeen());
            lastSeen = max(lastSeen, source.lastSeen());
        }
        List<Conflict> conflicts = new ArrayList<>();
        String name = pick("name", recent, DeviceSource::name, conflicts);
        String vendor = pick("vendor", recent, DeviceSource::vendor, conflicts);
        String type = pick("type", recent, s -> "Unknown".equalsIgnoreCase(s.type()) ? null : s.type(), conflicts);
        String model = pick("model", recent, DeviceSource::model, conflicts);
        String firmware = pick("firmware", recent, DeviceSource::firmware, conflicts);
        String os = pick("os", recent, DeviceSource::os, conflicts);
        String purdue = pick("purdueLevel", recent,
                s -> s.purdueLevel() == null ? null : s.purdueLevel().toString(), conflicts);
        return new MergedDevice(id, zoneId, List.copyOf(macs), List.copyOf(ips), name, vendor, type, model, firmware,
                os, purdue == null ? null : Integer.valueOf(purdue), firstSeen, lastSeen, List.copyOf(sensors),
                List.copyOf(conflicts), List.copyOf(sources));
    }

    /** Most devices are seen by one sensor: nothing to choose, nothing to conflict (same result, no sorting). */
    private static MergedDevice single(long id, long zoneId, DeviceSource source) {
        String type = "Unknown".equalsIgnoreCase(source.type()) ? null : source.type();
        return new MergedDevice(id, zoneId, source.macs(), source.ips(), blankToNull(source.name()),
                blankToNull(source.vendor()), blankToNull(type), blankToNull(source.model()),
                blankToNull(source.firmware()), blankToNull(source.os()), source.purdueLevel(), source.firstSeen(),
                source.lastSeen(), List.of(source.sensor()), List.of(), List.of(source));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String pick(String field, List<DeviceSource> recentFirst, Function<DeviceSource, String> value,
                               List<Conflict> conflicts) {
        Map<String, TreeSet<Long>> sensorsByValue = new LinkedHashMap<>();
        for (DeviceSource source : recentFirst) {
            String v = value.apply(source);
            if (v != null && !v.isBlank()) {
                sensorsByValue.computeIfAbsent(v, k -> new TreeSet<>()).add(source.sensor());
            }
        }
        if (sensorsByValue.size() > 1) {
            List<Conflict.Value> values = new ArrayList<>();
            sensorsByValue.forEach((v, sensors) -> values.add(new Conflict.Value(v, List.copyOf(sensors))));
            conflicts.add(new Conflict(field, List.copyOf(values)));
        }
        return sensorsByValue.isEmpty() ? null : sensorsByValue.keySet().iterator().next();
    }

    static Long min(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
    }

    static Long max(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
