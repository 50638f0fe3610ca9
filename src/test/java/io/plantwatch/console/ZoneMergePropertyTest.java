package io.plantwatch.console;

import io.plantwatch.console.merge.ConnectionSource;
import io.plantwatch.console.merge.DeviceSource;
import io.plantwatch.console.merge.MergedConnection;
import io.plantwatch.console.merge.IdAllocator;
import io.plantwatch.console.merge.MergedDevice;
import io.plantwatch.console.merge.SensorBatch;
import io.plantwatch.console.merge.SourceKey;
import io.plantwatch.console.merge.ZoneState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incremental merge agrees with merging everything at once: seeded random histories of
 * additions, changes and removals from three sensors over small address pools (so MACs and IPs
 * collide often), applied batch by batch, must end in the same devices as one batch of the final
 * sources per sensor applied to an empty zone, and keep one device per MAC.
 */
class ZoneMergePropertyTest {
    private static final int SENSORS = 3;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
    void incrementalHistoryEndsWhereOneBatchDoes(long seed) {
        Random random = new Random(seed);
        IdAllocator ids = new IdAllocator(0, 0, 0);
        ZoneState incremental = new ZoneState(1);
        Map<SourceKey, DeviceSource> current = new TreeMap<>();
        for (int step = 0; step < 60; step++) {
            int sensor = random.nextInt(SENSORS);
            List<DeviceSource> upserts = new ArrayList<>();
            List<Long> removals = new ArrayList<>();
            int changes = 1 + random.nextInt(6);
            for (int c = 0; c < changes; c++) {
                long id = random.nextInt(12);
                SourceKey key = new SourceKey(sensor, id);
                if (current.containsKey(key) && random.nextInt(4) == 0) {
                    removals.add(id);
                    current.remove(key);
                    upserts.removeIf(u -> u.id() == id);
                } else {
                    DeviceSource source = randomSource(random, sensor, id);
                    upserts.removeIf(u -> u.id() == id);
                    removals.remove(id);
                    upserts.add(source);
                    current.put(key, source);
                }
            }
            incremental.apply(new SensorBatch(sensor, false, upserts, removals, List.of(), List.of()), ids, false);
            assertOneDevicePerMac(incremental);
        }

        ZoneState atOnce = new ZoneState(2);
        for (int sensor = 0; sensor < SENSORS; sensor++) {
            final int s = sensor;
            List<DeviceSource> all = current.values().stream().filter(d -> d.sensor() == s).toList();
            atOnce.apply(new SensorBatch(sensor, true, all, List.of(), List.of(), List.of()), ids, false);
        }

        assertThat(grouping(incremental)).isEqualTo(grouping(atOnce));
        assertThat(incremental.devices().devices().stream().mapToInt(d -> d.sources().size()).sum())
                .isEqualTo(current.size());
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,
        119, 120})
    void connectionsFollowTheirDevicesThroughAnyHistory(long seed) {
        Random random = new Random(seed);
        IdAllocator ids = new IdAllocator(0, 0, 0);
        ZoneState incremental = new ZoneState(1);
        Map<SourceKey, DeviceSource> devices = new TreeMap<>();
        Map<String, ConnectionSource> connections = new TreeMap<>();
        for (int step = 0; step < 60; step++) {
            int sensor = random.nextInt(SENSORS);
            List<DeviceSource> upserts = new ArrayList<>();
            List<Long> removals = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(4); c++) {
                long id = random.nextInt(10);
                if (devices.containsKey(new SourceKey(sensor, id)) && random.nextInt(5) == 0) {
                    removals.add(id);
                    upserts.removeIf(u -> u.id() == id);
                    devices.remove(new SourceKey(sensor, id));
                } else {
                    DeviceSource source = randomSource(random, sensor, id);
                    upserts.removeIf(u -> u.id() == id);
                    removals.remove(id);
                    upserts.add(source);
                    devices.put(source.key(), source);
                }
            }
            List<ConnectionSource> links = new ArrayList<>();
            for (int c = 0; c < random.nextInt(3); c++) {
                long first = random.nextInt(10);
                long second = random.nextInt(10);
                ConnectionSource link = new ConnectionSource(sensor, first + "-" + second, first, second, "tcp",
                        List.of(502), List.of(), 1L, (long) step, null, null);
                links.add(link);
                connections.put(sensor + "/" + link.key(), link);
            }
            incremental.apply(new SensorBatch(sensor, false, upserts, removals, links, List.of()), ids, false);
        }

        ZoneState atOnce = new ZoneState(2);
        for (int sensor = 0; sensor < SENSORS; sensor++) {
            final int s = sensor;
            atOnce.apply(new SensorBatch(sensor, true, devices.values().stream().filter(d -> d.sensor() == s).toList(),
                    List.of(), connections.values().stream().filter(c -> c.sensor() == s).toList(), List.of()), ids,
                    false);
        }

        assertThat(connectionGrouping(incremental)).isEqualTo(connectionGrouping(atOnce));
    }

    /** Each merged connection as "its end devices' sources | its sources", independent of ids. */
    private static Set<String> connectionGrouping(ZoneState zone) {
        Map<Long, String> deviceNames = new HashMap<>();
        for (MergedDevice device : zone.devices().devices()) {
            deviceNames.put(device.id(), device.sources().stream().map(s -> s.sensor() + ":" + s.id()).sorted()
                    .collect(Collectors.joining(",")));
        }
        Set<String> grouping = new TreeSet<>();
        for (MergedConnection connection : zone.connections().connections()) {
            TreeSet<String> ends = new TreeSet<>(List.of(deviceNames.get(connection.deviceA()),
                    deviceNames.get(connection.deviceB())));
            grouping.add(ends + " | " + connection.sources().stream().map(c -> c.sensor() + "/" + c.key()).sorted()
                    .collect(Collectors.joining(",")));
        }
        return grouping;
    }

    private static DeviceSource randomSource(Random random, int sensor, long id) {
        List<String> macs = new ArrayList<>();
        int macCount = random.nextInt(10) < 3 ? 0 : random.nextInt(10) == 0 ? 2 : 1;
        for (int i = 0; i < macCount; i++) {
            macs.add(String.format("aa:00:00:00:00:%02x", random.nextInt(10)));
        }
        List<String> ips = new ArrayList<>();
        int ipCount = random.nextInt(10) == 0 ? 2 : 1;
        for (int i = 0; i < ipCount; i++) {
            ips.add("10.0.0." + random.nextInt(8));
        }
        return new DeviceSource(sensor, id, new ArrayList<>(new TreeSet<>(macs)), new ArrayList<>(new TreeSet<>(ips)),
                null, random.nextBoolean() ? "Siemens AG" : "ABB", null, null, null, null, null, 1L,
                (long) random.nextInt(100));
    }

    private static void assertOneDevicePerMac(ZoneState zone) {
        Set<String> macs = new HashSet<>();
        for (MergedDevice device : zone.devices().devices()) {
            for (String mac : device.macs()) {
                assertThat(macs.add(mac)).as("MAC %s in one device only", mac).isTrue();
            }
        }
    }

    private static Set<String> grouping(ZoneState zone) {
        return zone.devices().devices().stream()
                .map(d -> d.sources().stream().map(s -> s.sensor() + ":" + s.id()).sorted()
                        .collect(Collectors.joining(",")))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
