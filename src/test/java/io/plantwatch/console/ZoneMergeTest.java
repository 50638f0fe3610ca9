package io.plantwatch.console;

import io.plantwatch.console.merge.ConnectionSource;
import io.plantwatch.console.merge.DeviceSource;
import io.plantwatch.console.merge.IdAllocator;
import io.plantwatch.console.merge.MergedDevice;
import io.plantwatch.console.merge.ProtocolUse;
import io.plantwatch.console.merge.SensorBatch;
import io.plantwatch.console.merge.ZoneDelta;
import io.plantwatch.console.merge.ZoneState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge rules of one zone, in memory (the store and HTTPS are covered by ConsoleSyncTest). */
class ZoneMergeTest {
    private final IdAllocator ids = new IdAllocator(0, 0, 0);

    private static DeviceSource device(long sensor, long id, String mac, String ip) {
        return device(sensor, id, mac, ip, null);
    }

    private static DeviceSource device(long sensor, long id, String mac, String ip, String vendor) {
        return new DeviceSource(sensor, id, mac == null ? List.of() : List.of(mac), ip == null ? List.of() : List.of(ip),
                null, vendor, null, null, null, null, null, 1L, 2L);
    }

    private static SensorBatch batch(long sensor, boolean complete, List<DeviceSource> devices, List<Long> removed) {
        return new SensorBatch(sensor, complete, devices, removed, List.of(), List.of());
    }

    private ZoneDelta apply(ZoneState zone, long sensor, DeviceSource... devices) {
        return zone.apply(batch(sensor, false, List.of(devices), List.of()), ids, false);
    }

    /** The zone's devices as sets of "sensor:id" sources, for order-independent comparison. */
    private static Set<String> grouping(ZoneState zone) {
        return zone.devices().devices().stream()
                .map(d -> d.sources().stream().map(s -> s.sensor() + ":" + s.id()).sorted().collect(Collectors.joining(",")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void overlapIsCountedOnceAndProvenanceListsBothSensors() {
        ZoneState zone = new ZoneState(1);
        apply(zone, 1, device(1, 10, "aa:00:00:00:00:01", "10.0.0.1"), device(1, 11, "aa:00:00:00:00:02", "10.0.0.2"));
        ZoneDelta second = apply(zone, 2, device(2, 20, "aa:00:00:00:00:01", "10.0.0.1"),
                device(2, 21, "aa:00:00:00:00:03", "10.0.0.3"));

        assertThat(zone.devices().size()).isEqualTo(3);
        assertThat(second.devices().inserted()).hasSize(1);
        assertThat(second.devices().updated()).singleElement()
                .satisfies(d -> assertThat(d.sensors()).containsExactly(1L, 2L));
        assertThat(grouping(zone)).containsExactly("1:10,2:20", "1:11", "2:21");
    }

    @Test
    void sameMacWithNewIpStaysOneDevice() {
        ZoneState zone = new ZoneState(1);
        apply(zone, 1, device(1, 10, "aa:00:00:00:00:01", "10.0.0.1"));
        apply(zone, 2, device(2, 20, "aa:00:00:00:00:01", "10.0.0.77"));

        assertThat(zone.devices().devices()).singleElement()
                .satisfies(d -> assertThat(d.ips()).containsExactly("10.0.0.1", "10.0.0.77"));
    }

    @Test
    void ipOnlyRecordMergesWhenUnambiguousAndStaysApartWhenAmbiguous() {
        ZoneState zone = new ZoneState(1);
        apply(zone, 1, device(1, 10, "aa:00:00:00:00:01", "10.0.0.1"), device(1, 11, "aa:00:00:00:00:02", "10.0.0.2"),
                device(1, 12, "aa:00:00:00:00:03", "10.0.0.2"));
        apply(zone, 2, device(2, 20, null, "10.0.0.1"), device(2, 21, null, "10.0.0.2"));

        assertThat(grouping(zone)).containsExactly("1:10,2:20", "1:11", "1:12", "2:21");
    }

    @Test
    void groupingDoesNotDependOnSyncOrder() {
        List<DeviceSource> a = List.of(device(1, 10, null, "10.0.0.1"), device(1, 11, null, "10.0.0.5"));
        List<DeviceSource> b = List.of(device(2, 20, "aa:00:00:00:00:01", "10.0.0.1"),
                device(2, 21, "aa:00:00:00:00:05", "10.0.0.5"));
        List<DeviceSource> c = List.of(device(3, 30, "aa:00:00:00:00:06", "10.0.0.5"));
        ZoneState forward = new ZoneState(1);
        ZoneState backward = new ZoneState(2);
        for (List<DeviceSource> batch : List.of(a, b, c)) {
            forward.apply(batch(batch.get(0).sensor(), false, batch, List.of()), ids, false);
        }
        for (List<DeviceSource> batch : List.of(c, b, a)) {
            backward.apply(batch(batch.get(0).sensor(), false, batch, List.of()), ids, false);
        }

        assertThat(grouping(forward)).isEqualTo(grouping(backward))
                .containsExactly("1:10,2:20", "1:11", "2:21", "3:30");
    }

    @Test
    void removingTheSourceThatJoinedTwoMacsSplitsTheDevice() {
        ZoneState zone = new ZoneState(1);
        apply(zone, 1, device(1, 10, "aa:00:00:00:00:01", "10.0.0.1"), device(1, 11, "aa:00:00:00:00:02", "10.0.0.2"));
        DeviceSource bridge = new DeviceSource(2, 20, List.of("aa:00:00:00:00:01", "aa:00:00:00:00:02"), List.of(),
                null, null, null, null, null, null, null, 1L, 2L);
        apply(zone, 2, bridge);
        assertThat(zone.devices().size()).isEqualTo(1);

        ZoneDelta split = zone.apply(batch(2, false, List.of(), List.of(20L)), ids, false);

        assertThat(grouping(zone)).containsExactly("1:10", "1:11");
        assertThat(split.devices().inserted()).hasSize(1);
        assertThat(split.devices().updated()).hasSize(1);
    }

    @Test
    void conflictingVendorsAreKeptWithTheirSensors() {
        ZoneState zone = new ZoneState(1);
        apply(zone, 1, device(1, 10, "aa:00:00:00:00:01", "10.0.0.1", "Siemens AG"));
        apply(zone, 2, device(2, 20, "aa:00:00:00:00:01", "10.0.0.1", "Rockwell"));

        MergedDevice merged = zone.devices().devices().iterator().next();
        assertThat(merged.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("vendor");
            assertThat(c.values()).extracting(v -> v.value() + "@" + v.sensors())
                    .containsExactlyInAnyOrder("Siemens AG@[1]", "Rockwell@[2]");
        });
    }

    @Test
    void unchangedRecordsWriteNothing() {
        ZoneState zone = new ZoneState(1);
        List<DeviceSource> same = List.of(device(1, 10, "aa:00:00:00:00:01", "10.0.0.1"));
        zone.apply(batch(1, true, same, List.of()), ids, false);

        ZoneDelta again = zone.apply(batch(1, true, same, List.of()), ids, false);

        assertThat(again.isEmpty()).isTrue();
    }

    @Test
    void connectionsFollowTheirDevicesWhenTheyMerge() {
        ZoneState zone = new ZoneState(1);
        ConnectionSource fromOne = new ConnectionSource(1, "tcp|a", 10, 11, "tcp", List.of(502),
                List.of(new ProtocolUse("modbus", List.of("Read Coils"))), 1L, 5L, null, null);
        zone.apply(new SensorBatch(1, false, List.of(device(1, 10, "aa:00:00:00:00:01", "10.0.0.1"),
                device(1, 11, "aa:00:00:00:00:02", "10.0.0.2")), List.of(), List.of(fromOne), List.of()), ids, false);
        ConnectionSource fromTwo = new ConnectionSource(2, "tcp|b", 20, 21, "tcp", List.of(502),
                List.of(new ProtocolUse("modbus", List.of("Write Single Register"))), 2L, 9L, null, null);

        ZoneDelta delta = zone.apply(new SensorBatch(2, false, List.of(device(2, 20, "aa:00:00:00:00:02", "10.0.0.2"),
                device(2, 21, null, "10.0.0.1")), List.of(), List.of(fromTwo), List.of()), ids, false);

        assertThat(zone.connections().size()).isEqualTo(1);
        assertThat(delta.connections().updated()).singleElement().satisfies(c -> {
            assertThat(c.sensors()).containsExactly(1L, 2L);
            assertThat(c.protocols()).singleElement().satisfies(p ->
                    assertThat(p.commands()).containsExactly("Read Coils", "Write Single Register"));
            assertThat(c.lastSeen()).isEqualTo(9L);
        });
    }

    @Test
    void alertsOfTwoSensorsWithinTenMinutesAreOneAndLaterOnesAreNot() {
        ZoneState zone = new ZoneState(1);
        List<SensorBatch.IncomingAlert> first = new ArrayList<>();
        first.add(alert(1, "u1", 1_000_000));
        zone.apply(new SensorBatch(1, false, List.of(), List.of(), List.of(), first), ids, false);
        zone.apply(new SensorBatch(2, false, List.of(), List.of(), List.of(),
                List.of(alert(2, "u2", 1_000_000 + 9 * 60_000), alert(2, "u3", 1_000_000 + 30 * 60_000))), ids, false);

        assertThat(zone.alerts().size()).isEqualTo(2);
        assertThat(zone.alerts().sourcesOf(1)).hasSize(1);
        long merged = zone.alerts().alertOf(new io.plantwatch.console.merge.AlertKey(1, "u1"));
        assertThat(zone.alerts().alert(merged).sensors()).containsExactly(1L, 2L);
    }

    private static SensorBatch.IncomingAlert alert(long sensor, String uuid, long time) {
        return new SensorBatch.IncomingAlert(new io.plantwatch.console.merge.AlertSource(sensor, uuid, time,
                "Unauthorized PLC Programming", "m", "Major", "Policy Violation", "10.0.0.9", "10.0.0.1", false,
                "NEW", List.of(), null, null, null, null), null, null);
    }
}
