package io.plantwatch.console;

import io.plantwatch.bench.lightsensor.ApiRecords;
import io.plantwatch.bench.lightsensor.LightInventory;
import io.plantwatch.bench.lightsensor.LightSensor;
import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.console.merge.MergedConnection;
import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.SensorSyncResult;
import io.plantwatch.console.sync.SyncListener;
import io.plantwatch.console.sync.SyncReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three light sensors over real HTTPS, two in one zone with overlapping views and one in another
 * zone with the same addresses, merged into a real H2 store.
 */
class ConsoleSyncTest {
    private static final long T = 1_700_000_000_000L;

    @TempDir
    Path data;
    private ConsoleFixture fixture;
    private LightInventory north1;
    private LightInventory north2;
    private LightInventory south;

    @BeforeEach
    void sensors() throws Exception {
        fixture = new ConsoleFixture(data);
        north1 = new LightInventory();
        north1.putDevice(ApiRecords.device(1, "00:1b:1b:00:00:01", "10.0.0.1", "Siemens AG", "PLC", "V2.8.3", T));
        north1.putDevice(ApiRecords.device(2, "00:1b:1b:00:00:02", "10.0.0.2", "Siemens AG", "HMI", null, T));
        north1.putDevice(ApiRecords.device(3, null, "192.168.5.9", null, "Unknown", null, T));
        north1.putConnection(ApiRecords.connection(2, 1, "tcp", "10.0.0.2", 49152, "10.0.0.1", 102, "s7comm", T));
        north2 = new LightInventory();
        north2.putDevice(ApiRecords.device(7, "00:1B:1B:00:00:01", "10.0.0.1", "Siemens AG", "PLC", "V2.9.0", T + 5));
        north2.putDevice(ApiRecords.device(8, "00:1b:1b:00:00:04", "10.0.0.4", "Rockwell", "PLC", null, T));
        north2.putDevice(ApiRecords.device(9, null, "10.0.0.2", null, null, null, T));
        north2.putConnection(ApiRecords.connection(9, 7, "tcp", "10.0.0.2", 49153, "10.0.0.1", 102, "s7comm", T));
        south = new LightInventory();
        south.putDevice(ApiRecords.device(1, "00:0e:8c:00:00:01", "10.0.0.1", "Schneider", "PLC", null, T));
        fixture.register("north-1", fixture.plantwatchSensor("north-1", north1), "plant", "north");
        fixture.register("north-2", fixture.plantwatchSensor("north-2", north2), "plant", "north");
        fixture.register("south-1", fixture.plantwatchSensor("south-1", south), "plant", "south");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void mergesOverlapOnceKeepsZonesApartAndShowsProvenanceAndConflicts() {
        SyncReport report = fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());

        assertThat(report.results()).allSatisfy(r -> assertThat(r.health()).isEqualTo(SensorHealth.SYNCED));
        List<DeviceView> devices = fixture.console().inventory().devices(null);
        assertThat(devices).hasSize(5);
        DeviceView plc = only(devices, "north", "10.0.0.1");
        assertThat(plc.macs()).containsExactly("00:1b:1b:00:00:01");
        assertThat(plc.sensors()).containsExactly("north-1", "north-2");
        assertThat(plc.provenance()).extracting(DeviceView.ProvenanceView::sensor, DeviceView.ProvenanceView::sensorDeviceId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("north-1", 1L),
                        org.assertj.core.groups.Tuple.tuple("north-2", 7L));
        assertThat(plc.firmware()).as("the most recently seen value").isEqualTo("V2.9.0");
        assertThat(plc.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("firmware");
            assertThat(c.values()).extracting(DeviceView.ValueView::value).containsExactlyInAnyOrder("V2.8.3", "V2.9.0");
        });
        DeviceView southPlc = only(devices, "south", "10.0.0.1");
        assertThat(southPlc.id()).isNotEqualTo(plc.id());
        assertThat(southPlc.sensors()).containsExactly("south-1");
        assertThat(southPlc.site()).isEqualTo("plant");
        DeviceView hmi = only(devices, "north", "10.0.0.2");
        assertThat(hmi.sensors()).as("the IP-only record joins the one MAC device with its IP")
                .containsExactly("north-1", "north-2");
        assertThat(only(devices, "north", "192.168.5.9").macs()).isEmpty();

        List<MergedConnection> connections = fixture.console().inventory().connections(null);
        assertThat(connections).singleElement().satisfies(c -> {
            assertThat(List.of(c.deviceA(), c.deviceB())).containsExactlyInAnyOrder(plc.id(), hmi.id());
            assertThat(c.sensors()).hasSize(2);
            assertThat(c.ports()).containsExactly(102);
        });
    }

    @Test
    void incrementalSyncBringsOnlyChangesAndRemovals() {
        fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());
        long before = fixture.console().inventory().devices(null).size();
        north1.putDevice(ApiRecords.device(2, "00:1b:1b:00:00:02", "10.0.0.2", "Siemens AG", "HMI", "V16", T + 100));
        north2.removeDevice(8);

        SyncReport second = fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());

        Map<String, SensorSyncResult> results = second.results().stream()
                .collect(Collectors.toMap(SensorSyncResult::sensor, r -> r));
        assertThat(results.get("north-1").complete()).isFalse();
        assertThat(results.get("north-1").fetched()).isEqualTo(1);
        assertThat(results.get("north-2").fetched()).isEqualTo(1);
        assertThat(results.get("south-1").fetched()).isZero();
        assertThat(results.get("south-1").rowsWritten()).isZero();
        List<DeviceView> devices = fixture.console().inventory().devices(null);
        assertThat(devices).hasSize((int) before - 1);
        assertThat(devices).noneMatch(d -> d.macs().contains("00:1b:1b:00:00:04"));
        assertThat(only(devices, "north", "10.0.0.2").firmware()).isEqualTo("V16");
    }

    @Test
    void defenderSensorIsPulledInFullAndLosesWhatItNoLongerLists() throws Exception {
        LightInventory defender = new LightInventory();
        defender.putDevice(ApiRecords.device(100, "00:1b:1b:00:00:01", "10.0.0.1", "Siemens AG", "PLC", null, T));
        defender.putDevice(ApiRecords.device(101, "00:1b:1b:00:00:99", "10.0.0.99", null, null, null, T));
        LightSensor sensor = fixture.defenderSensor("legacy", defender);
        fixture.register("legacy", sensor, "plant", "north");

        fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());
        assertThat(only(fixture.console().inventory().devices(null), "north", "10.0.0.1").sensors())
                .containsExactly("legacy", "north-1", "north-2");
        assertThat(fixture.console().sensors().byName("legacy").kind()).isEqualTo("DEFENDER");

        LightInventory shrunk = defender;
        shrunk.removeDevice(101);
        SyncReport again = fixture.console().sync().sync(List.of(fixture.console().sensors().byName("legacy")),
                SyncListener.NONE, Cancellation.none());

        assertThat(again.results().get(0).complete()).isTrue();
        assertThat(fixture.console().inventory().devices(null)).noneMatch(d -> d.ips().contains("10.0.0.99"));
    }

    @Test
    void aSensorThatLostTheChangesEndpointIsPulledInFull() throws Exception {
        LightInventory inventory = ConsoleFixture.generated(7, 3, T);
        LightSensor sensor = fixture.plantwatchSensor("swapped", inventory);
        fixture.register("swapped", sensor, "plant", "west");
        fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());
        assertThat(fixture.console().sensors().byName("swapped").kind()).isEqualTo("PLANTWATCH");
        int port = sensor.port();
        sensor.close();
        inventory.removeDevice(3);
        try (LightSensor defender = LightSensor.defender("swapped", "token-swapped", inventory,
                ConsoleFixture.keys(), port)) {
            SyncReport report = fixture.console().sync().sync(List.of(fixture.console().sensors().byName("swapped")),
                    SyncListener.NONE, Cancellation.none());

            assertThat(report.results().get(0).health()).isEqualTo(SensorHealth.SYNCED);
            assertThat(report.results().get(0).complete()).isTrue();
            assertThat(fixture.console().sensors().byName("swapped").kind()).isEqualTo("DEFENDER");
            assertThat(fixture.console().inventory().devices(fixture.console().topology().findZone("west"))).hasSize(2);
        }
    }

    @Test
    void removingASensorTakesOutWhatOnlyItReported() {
        fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());

        fixture.console().sensors().remove("north-2");

        List<DeviceView> devices = fixture.console().inventory().devices(null);
        assertThat(devices).noneMatch(d -> d.macs().contains("00:1b:1b:00:00:04"));
        assertThat(only(devices, "north", "10.0.0.1").sensors()).containsExactly("north-1");
        assertThat(only(devices, "north", "10.0.0.1").conflicts()).isEmpty();
    }

    static DeviceView only(List<DeviceView> devices, String zone, String ip) {
        List<DeviceView> matching = devices.stream().filter(d -> d.zone().equals(zone) && d.ips().contains(ip)).toList();
        assertThat(matching).as("devices with %s in zone %s", ip, zone).hasSize(1);
        return matching.get(0);
    }
}
