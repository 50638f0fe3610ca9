package io.plantwatch.console;

import io.plantwatch.bench.lightsensor.ApiRecords;
import io.plantwatch.bench.lightsensor.LightInventory;
import io.plantwatch.bench.lightsensor.LightSensor;
import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.console.store.SensorRecord;
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

/** Sensors that die mid-sync, change their certificate or refuse the token; over real HTTPS into real H2. */
class SyncFaultTest {
    private static final long T = 1_700_000_000_000L;

    @TempDir
    Path data;
    private ConsoleFixture fixture;

    @BeforeEach
    void console() {
        fixture = new ConsoleFixture(data, ConsoleFixture.FAST.withConcurrency(4)
                .withRetry(ConsoleFixture.FAST.retry()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ConsoleFixture smallPages() {
        fixture.close();
        fixture = new ConsoleFixture(data, new io.plantwatch.console.sync.SyncOptions(4, 500,
                ConsoleFixture.FAST.retry()));
        return fixture;
    }

    private Map<String, SensorSyncResult> syncAll() {
        SyncReport report = fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());
        return report.results().stream().collect(Collectors.toMap(SensorSyncResult::sensor, r -> r));
    }

    private long devicesOf(String sensor) {
        return fixture.console().inventory().devices(null).stream().filter(d -> d.sensors().contains(sensor)).count();
    }

    @Test
    void sensorDyingMidSyncChangesNothingAndIsDisconnectedWhileOthersComplete() throws Exception {
        smallPages();
        LightSensor dying = fixture.plantwatchSensor("dying", ConsoleFixture.generated(1, 2000, T));
        fixture.register("dying", dying, "plant", "north");
        fixture.register("healthy", fixture.plantwatchSensor("healthy", ConsoleFixture.generated(2, 1200, T)),
                "plant", "north");
        dying.dieAfterPages(2);

        Map<String, SensorSyncResult> results = syncAll();

        assertThat(dying.pagesServed()).as("it died after two of its four pages").isEqualTo(2);
        assertThat(results.get("dying").health()).isEqualTo(SensorHealth.DISCONNECTED);
        assertThat(results.get("dying").error()).contains("dying").contains("/api/plantwatch/v1/changes");
        assertThat(results.get("healthy").health()).isEqualTo(SensorHealth.SYNCED);
        assertThat(devicesOf("dying")).isZero();
        assertThat(devicesOf("healthy")).isEqualTo(1200);
        SensorRecord record = fixture.console().sensors().byName("dying");
        assertThat(record.health()).isEqualTo(SensorHealth.DISCONNECTED);
        assertThat(record.lastError()).isEqualTo(results.get("dying").error());
        assertThat(record.lastAttempt()).isNotNull();
        assertThat(record.cursor()).isNull();
    }

    @Test
    void failedIncrementalSyncLeavesTheLastCommittedStateAndCursor() throws Exception {
        smallPages();
        LightInventory inventory = ConsoleFixture.generated(1, 1000, T);
        LightSensor sensor = fixture.plantwatchSensor("north-1", inventory);
        fixture.register("north-1", sensor, "plant", "north");
        assertThat(syncAll().get("north-1").health()).isEqualTo(SensorHealth.SYNCED);
        String cursor = fixture.console().sensors().byName("north-1").cursor();
        List<DeviceView> before = fixture.console().inventory().devices(null);
        for (int i = 1; i <= 1500; i++) {
            inventory.putDevice(ApiRecords.device(i, String.format("aa:bb:01:00:%02x:%02x", (i - 1) >> 8, (i - 1) & 255),
                    "10.1.9." + (i % 250), "Changed", "HMI", "V9", T + 1000));
        }
        sensor.dieAfterPages(2);

        SensorSyncResult failed = syncAll().get("north-1");

        assertThat(failed.health()).isEqualTo(SensorHealth.DISCONNECTED);
        assertThat(fixture.console().inventory().devices(null)).isEqualTo(before);
        assertThat(fixture.console().sensors().byName("north-1").cursor()).isEqualTo(cursor);
        fixture.closeConsole();
        assertThat(fixture.console().inventory().devices(null)).as("as stored, after reopening").isEqualTo(before);
    }

    @Test
    void sensorPresentingAnotherCertificateIsRefusedNamingBothFingerprints() throws Exception {
        LightSensor original = fixture.plantwatchSensor("north-1", ConsoleFixture.generated(1, 10, T));
        fixture.register("north-1", original, "plant", "north");
        int port = original.port();
        original.close();
        fixture.plantwatchSensorAt("north-1", ConsoleFixture.generated(1, 10, T), ConsoleFixture.otherKeys(), port);

        SensorSyncResult result = syncAll().get("north-1");

        assertThat(result.health()).isEqualTo(SensorHealth.DISCONNECTED);
        assertThat(result.error()).contains("certificate changed")
                .contains(Fingerprint.of(ConsoleFixture.keys().certificate()).toString())
                .contains(Fingerprint.of(ConsoleFixture.otherKeys().certificate()).toString());
        assertThat(devicesOf("north-1")).isZero();
    }

    @Test
    void refusedTokenIsOutOfSyncWithTheSensorsAnswer() throws Exception {
        LightSensor sensor = LightSensor.plantwatch("north-1", "the-right-token", ConsoleFixture.generated(1, 10, T),
                ConsoleFixture.keys());
        try (sensor) {
            fixture.console().sensors().add("north-1", sensor.url(), "a-wrong-token", "plant", "north",
                    Fingerprint.of(ConsoleFixture.keys().certificate()));

            SensorSyncResult result = syncAll().get("north-1");

            assertThat(result.health()).isEqualTo(SensorHealth.OUT_OF_SYNC);
            assertThat(result.error()).contains("401").contains("wrong token").doesNotContain("a-wrong-token");
        }
    }

    @Test
    void malformedAnswersFailTheSyncWithAClearErrorAndChangeNothing() throws Exception {
        com.sun.net.httpserver.HttpsServer hostile = com.sun.net.httpserver.HttpsServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        hostile.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(ConsoleFixture.keys().serverContext()));
        hostile.createContext("/", exchange -> {
            byte[] body = exchange.getRequestURI().getPath().endsWith("/status")
                    ? "{\"name\":\"x\",\"cursor\":\"1\"}".getBytes()
                    : "{\"since\":\"\",\"next\":\"9\",\"more\":false,\"devices\":[{\"id\":1,\"macAddresses\":[".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        hostile.start();
        try {
            fixture.console().sensors().add("hostile", "https://127.0.0.1:" + hostile.getAddress().getPort(), "t",
                    "plant", "north", Fingerprint.of(ConsoleFixture.keys().certificate()));

            SensorSyncResult result = syncAll().get("hostile");

            assertThat(result.health()).isEqualTo(SensorHealth.OUT_OF_SYNC);
            assertThat(result.error()).contains("hostile").contains("malformed JSON");
            assertThat(fixture.console().inventory().devices(null)).isEmpty();
        } finally {
            hostile.stop(0);
        }
    }

    @Test
    void aCancelledSyncChangesNothing() throws Exception {
        fixture.register("north-1", fixture.plantwatchSensor("north-1", ConsoleFixture.generated(1, 50, T)),
                "plant", "north");
        io.plantwatch.console.sync.Cancellation cancel = new io.plantwatch.console.sync.Cancellation();
        java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        SyncListener cancelling = new SyncListener() {
            @Override
            public void progress(String sensor, String phase, long items) {
                heard.add(sensor + " " + phase);
                cancel.cancel();
            }
        };

        SyncReport report = fixture.console().sync().syncAll(cancelling, cancel);

        assertThat(heard).isNotEmpty().allMatch(h -> h.startsWith("north-1 "));
        assertThat(report.results()).singleElement().satisfies(r -> {
            assertThat(r.health()).isEqualTo(SensorHealth.OUT_OF_SYNC);
            assertThat(r.error()).contains("cancelled");
        });
        assertThat(fixture.console().inventory().devices(null)).isEmpty();
        assertThat(fixture.console().sensors().byName("north-1").cursor()).isNull();
    }
}
