package io.plantwatch.bench;

import io.plantwatch.bench.lightsensor.ApiRecords;
import io.plantwatch.bench.lightsensor.LightInventory;
import io.plantwatch.bench.lightsensor.LightSensor;
import io.plantwatch.bench.lightsensor.SelfSignedKeys;
import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.SyncListener;
import io.plantwatch.console.sync.SyncReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a console store for {@code bench console} the way a real one fills: light sensors over
 * HTTPS on loopback, each in its own zone, synced through the console's sync engine. Devices get
 * a spread of vendors, types and Purdue levels so that filters have something to narrow.
 */
final class ConsoleBenchStore {
    private static final String[] VENDORS = {"Siemens AG", "Rockwell Automation", "Schneider Electric", "ABB",
        "Phoenix Contact", "WAGO", "Honeywell", "Emerson", "Yokogawa", "Moxa", "Hirschmann", "Dell", "HP", "Lenovo"};
    private static final String[] TYPES = {"PLC", "HMI", "Engineering Station", "Switch", "RTU", "Workstation",
        "Server", "Historian", "Remote I/O", "Drive"};

    private ConsoleBenchStore() {
    }

    /** Whether {@code data} already holds a filled bench store (then it is measured as it is). */
    static boolean filled(Path data) {
        if (!java.nio.file.Files.exists(data.resolve("console.mv.db"))) {
            return false;
        }
        try (ConsoleServices services = ConsoleServices.open(data)) {
            return !services.sensors().list().isEmpty();
        }
    }

    /** @return how long the sync took, in ms */
    static long fill(Path data, int devices, int sensorCount) throws Exception {
        SelfSignedKeys keys = SelfSignedKeys.generate("bench-console");
        long now = System.currentTimeMillis();
        List<LightSensor> sensors = new ArrayList<>();
        try (ConsoleServices services = ConsoleServices.open(data)) {
            List<SensorRecord> registered = new ArrayList<>();
            int perSensor = (devices + sensorCount - 1) / sensorCount;
            for (int s = 0; s < sensorCount; s++) {
                LightInventory inventory = new LightInventory();
                int count = Math.min(perSensor, devices - s * perSensor);
                for (int i = 0; i < count; i++) {
                    int n = s * perSensor + i;
                    inventory.putDevice(ApiRecords.device(i + 1,
                            String.format("02:%02x:%02x:%02x:%02x:%02x", s, (i >> 16) & 255, (i >> 8) & 255, i & 255, 1),
                            "10." + s + "." + ((i >> 8) & 255) + "." + (i & 255), VENDORS[n % VENDORS.length],
                            TYPES[(n / 3) % TYPES.length], "V" + (n % 5) + "." + (n % 9), now - (n % 86_400) * 1000L));
                }
                String name = "bench-" + s;
                LightSensor sensor = LightSensor.plantwatch(name, "token-" + name, inventory, keys);
                sensors.add(sensor);
                registered.add(services.sensors().add(name, sensor.url(), "token-" + name, "Bench site",
                        "zone-" + s, Fingerprint.of(keys.certificate())));
            }
            long started = System.nanoTime();
            SyncReport report = services.sync().sync(registered, SyncListener.NONE, Cancellation.none());
            if (!report.allSucceeded()) {
                throw new IllegalStateException("filling the bench store failed: " + report.results());
            }
            return (System.nanoTime() - started) / 1_000_000;
        } finally {
            sensors.forEach(LightSensor::close);
        }
    }
}
