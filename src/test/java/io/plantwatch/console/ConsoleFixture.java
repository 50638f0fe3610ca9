package io.plantwatch.console;

import io.plantwatch.bench.lightsensor.LightInventory;
import io.plantwatch.bench.lightsensor.LightSensor;
import io.plantwatch.bench.lightsensor.SelfSignedKeys;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.RetryPolicy;
import io.plantwatch.console.sync.SyncOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Light sensors over real HTTPS on loopback and a console on a real H2 file, for tests. Keys are
 * made once per JVM (keytool takes a second). Not thread-safe; one per test.
 */
public final class ConsoleFixture implements AutoCloseable {
    private static SelfSignedKeys keys;
    private static SelfSignedKeys otherKeys;

    /** Quick retries, so that a dead sensor fails a test in a second, not in twenty. */
    public static final SyncOptions FAST = SyncOptions.DEFAULT.withRetry(
            new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100)));

    private final Path data;
    private final SyncOptions options;
    private final List<LightSensor> sensors = new ArrayList<>();
    private ConsoleServices console;

    public ConsoleFixture(Path data) {
        this(data, FAST);
    }

    public ConsoleFixture(Path data, SyncOptions options) {
        this.data = data;
        this.options = options;
    }

    public static synchronized SelfSignedKeys keys() {
        if (keys == null) {
            keys = SelfSignedKeys.generate("light-sensor");
        }
        return keys;
    }

    public static synchronized SelfSignedKeys otherKeys() {
        if (otherKeys == null) {
            otherKeys = SelfSignedKeys.generate("impostor");
        }
        return otherKeys;
    }

    public Path data() {
        return data;
    }

    public ConsoleServices console() {
        if (console == null) {
            console = ConsoleServices.open(data, options, Clock.systemUTC());
        }
        return console;
    }

    /** Closes the console (the next {@link #console()} opens the store again). */
    public void closeConsole() {
        if (console != null) {
            console.close();
            console = null;
        }
    }

    public LightSensor plantwatchSensor(String name, LightInventory inventory) throws IOException {
        LightSensor sensor = LightSensor.plantwatch(name, "token-" + name, inventory, keys());
        sensors.add(sensor);
        return sensor;
    }

    /** A sensor on a given port (where an earlier one listened), presenting {@code keys}. */
    public LightSensor plantwatchSensorAt(String name, LightInventory inventory, SelfSignedKeys keys, int port)
            throws IOException {
        LightSensor sensor = LightSensor.plantwatch(name, "token-" + name, inventory, keys, port);
        sensors.add(sensor);
        return sensor;
    }

    /** An inventory of {@code count} devices with MACs aa:bb:NN:..., IPs 10.N.x.y. */
    public static LightInventory generated(int network, int count, long lastSeen) {
        LightInventory inventory = new LightInventory();
        for (int i = 0; i < count; i++) {
            inventory.putDevice(io.plantwatch.bench.lightsensor.ApiRecords.device(i + 1,
                    String.format("aa:bb:%02x:%02x:%02x:%02x", network, (i >> 16) & 255, (i >> 8) & 255, i & 255),
                    "10." + network + "." + ((i >> 8) & 255) + "." + (i & 255), "Vendor " + (i % 7), "PLC", null,
                    lastSeen));
        }
        return inventory;
    }

    public LightSensor defenderSensor(String name, LightInventory inventory) throws IOException {
        LightSensor sensor = LightSensor.defender(name, "token-" + name, inventory, keys());
        sensors.add(sensor);
        return sensor;
    }

    /** Registers a started light sensor, confirming its real fingerprint. */
    public SensorRecord register(String name, LightSensor sensor, String site, String zone) throws Exception {
        return console().sensors().add(name, sensor.url(), "token-" + name, site, zone,
                Fingerprint.of(keys().certificate()));
    }

    @Override
    public void close() {
        closeConsole();
        sensors.forEach(LightSensor::close);
    }
}
