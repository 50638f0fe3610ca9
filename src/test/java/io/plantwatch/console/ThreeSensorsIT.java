package io.plantwatch.console;

import io.plantwatch.console.alerts.AlertService;
import io.plantwatch.console.alerts.AlertView;
import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.RetryPolicy;
import io.plantwatch.console.sync.SensorApiException;
import io.plantwatch.console.sync.SensorClient;
import io.plantwatch.console.sync.SyncListener;
import io.plantwatch.console.sync.SyncReport;
import io.plantwatch.model.ApiAlert;
import io.plantwatch.model.ApiDevice;
import io.plantwatch.testing.SensorStartLine;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's acceptance test: three real sensor processes ({@code java -jar target/plantwatch.jar
 * sensor --replay ... --fast}), two in zone north with overlapping views (a shared capture plus one
 * of their own each) and one in zone south replaying the shared capture; the console merges them.
 */
class ThreeSensorsIT {
    @TempDir
    Path work;
    private final List<Process> processes = new ArrayList<>();

    private record RealSensor(String name, String url, String token, Fingerprint fingerprint) {
        SensorClient client() {
            return new SensorClient(name, URI.create(url), token, fingerprint, RetryPolicy.DEFAULT);
        }
    }

    @AfterEach
    void stopSensors() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void threeRealSensorsMergePerZoneWithProvenanceAndAlertHandling() throws Exception {
        Path jar = Path.of(System.getProperty("plantwatch.jar", "target/plantwatch.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar);
        Assumptions.assumeTrue(hasSensorCommand(jar), "the jar has no sensor command yet (issue 5)");
        Path shared = SharedData.pcap("scan/nmap-vsn.pcap");
        RealSensor north1 = start(jar, "north-1", shared, SharedData.pcap("modbus/ModbusTCP.pcap"));
        RealSensor north2 = start(jar, "north-2", shared, SharedData.pcap("s7comm/s7comm_reading_plc_status.pcap"));
        RealSensor south1 = start(jar, "south-1", shared);
        for (RealSensor sensor : List.of(north1, north2, south1)) {
            awaitReplayFinished(sensor);
        }

        try (ConsoleServices console = ConsoleServices.open(work.resolve("console"), ConsoleFixture.FAST,
                Clock.systemUTC())) {
            for (RealSensor sensor : List.of(north1, north2, south1)) {
                console.sensors().add(sensor.name(), sensor.url(), sensor.token(), "plant",
                        sensor.name().startsWith("north") ? "north" : "south", sensor.fingerprint());
            }
            SyncReport report = console.sync().syncAll(SyncListener.NONE, Cancellation.none());
            assertThat(report.results()).allSatisfy(r -> assertThat(r.health()).as(r.error()).isEqualTo(SensorHealth.SYNCED));

            List<ApiDevice> seen1 = north1.client().devices(Cancellation.none());
            List<ApiDevice> seen2 = north2.client().devices(Cancellation.none());
            List<DeviceView> devices = console.inventory().devices(null);
            List<DeviceView> north = devices.stream().filter(d -> d.zone().equals("north")).toList();
            List<DeviceView> south = devices.stream().filter(d -> d.zone().equals("south")).toList();

            Set<String> union = new HashSet<>(keys(seen1));
            union.addAll(keys(seen2));
            Set<String> overlap = new HashSet<>(keys(seen1));
            overlap.retainAll(keys(seen2));
            assertThat(overlap).as("the shared capture gives the two north sensors common devices").isNotEmpty();
            assertThat(north).as("the union, overlap counted once").hasSize(union.size());
            assertThat(south).hasSize(south1.client().devices(Cancellation.none()).size());

            String sharedMac = overlap.stream().filter(k -> k.startsWith("mac:")).findFirst().orElseThrow().substring(4);
            DeviceView both = north.stream().filter(d -> d.macs().contains(sharedMac)).findFirst().orElseThrow();
            assertThat(both.sensors()).containsExactly("north-1", "north-2");
            assertThat(both.provenance()).extracting(DeviceView.ProvenanceView::sensor)
                    .containsExactly("north-1", "north-2");
            DeviceView sameInSouth = south.stream().filter(d -> d.macs().contains(sharedMac)).findFirst().orElseThrow();
            assertThat(sameInSouth.id()).as("never merged across zones").isNotEqualTo(both.id());
            String sharedIp = both.ips().get(0);
            assertThat(devices.stream().filter(d -> d.ips().contains(sharedIp)).map(DeviceView::zone))
                    .as("the same IP in two zones stays two devices").containsExactlyInAnyOrder("north", "south");

            AlertView alert = console.alerts().alerts(null).stream()
                    .filter(a -> a.zone().equals("north") && a.sensors().contains("north-1")).findFirst().orElseThrow();
            AlertService.HandleResult handled = console.alerts().handle(alert.id(), "handle");
            assertThat(handled.outcomes()).isNotEmpty().allSatisfy(o -> assertThat(o.delivered()).as(o.error()).isTrue());
            String uuid = alert.sources().stream().filter(s -> s.sensor().equals("north-1")).findFirst().orElseThrow().uuid();
            ApiAlert onSensor = north1.client().alerts(Cancellation.none()).stream()
                    .filter(a -> a.id().equals(uuid)).findFirst().orElseThrow();
            assertThat(onSensor.handled()).as("handled on the sensor that raised it").isTrue();

            SyncReport again = console.sync().syncAll(SyncListener.NONE, Cancellation.none());
            assertThat(again.results()).allSatisfy(r -> {
                assertThat(r.health()).as(r.error()).isEqualTo(SensorHealth.SYNCED);
                assertThat(r.complete()).as("incremental from the stored cursor").isFalse();
            });
            assertThat(console.inventory().devices(null)).hasSize(devices.size());
            AlertView synced = console.alerts().alert(alert.id());
            assertThat(synced.sources()).filteredOn(s -> s.sensor().equals("north-1"))
                    .allSatisfy(s -> assertThat(s.handled()).as("the sensor's own record, synced back").isTrue());
        }
    }

    private static Set<String> keys(List<ApiDevice> devices) {
        Set<String> keys = new HashSet<>();
        for (ApiDevice device : devices) {
            keys.add(device.macAddresses() != null && !device.macAddresses().isEmpty()
                    ? "mac:" + device.macAddresses().get(0).toLowerCase() : "ip:" + device.ipAddresses().get(0));
        }
        return keys;
    }

    private boolean hasSensorCommand(Path jar) throws IOException, InterruptedException {
        Process help = new ProcessBuilder(java(), "-jar", jar.toString(), "sensor", "--help")
                .redirectErrorStream(true).redirectOutput(work.resolve("help.txt").toFile()).start();
        // An unknown command with --help prints the root's usage and exits 0: look for the sensor's options.
        return help.waitFor(60, TimeUnit.SECONDS) && help.exitValue() == 0
                && Files.readString(work.resolve("help.txt")).contains("--replay");
    }

    private RealSensor start(Path jar, String name, Path... captures) throws Exception {
        Path data = work.resolve(name);
        Process token = new ProcessBuilder(java(), "-jar", jar.toString(), "sensor", "token", "create", "--data",
                data.toString(), "--name", "console").redirectError(work.resolve(name + "-token.err").toFile()).start();
        String secret = new String(token.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(token.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar.toString(), "sensor", "--name",
                name, "--data", data.toString(), "--listen", "127.0.0.1:0", "--fast", "--replay"));
        for (Path capture : captures) {
            command.add(capture.toString());
        }
        Path log = work.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectError(log.toFile())
                .redirectOutput(work.resolve(name + ".out").toFile()).start();
        processes.add(process);
        SensorStartLine started = SensorStartLine.await(process, log, name, 60);
        return new RealSensor(name, started.url(), secret, Fingerprint.parse(started.fingerprint()));
    }

    private static void awaitReplayFinished(RealSensor sensor) throws InterruptedException, SensorApiException {
        SensorClient client = sensor.client();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String state = client.status(Cancellation.none()).orElseThrow().captureState();
            if ("REPLAY_FINISHED".equals(state)) {
                return;
            }
            assertThat(state).isNotEqualTo("FAILED");
            Thread.sleep(200);
        }
        throw new AssertionError(sensor.name() + " did not finish its replay");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
