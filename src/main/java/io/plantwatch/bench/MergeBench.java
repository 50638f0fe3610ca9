package io.plantwatch.bench;

import io.plantwatch.bench.lightsensor.GeneratedPlant;
import io.plantwatch.bench.lightsensor.LightInventory;
import io.plantwatch.bench.lightsensor.LightSensor;
import io.plantwatch.bench.lightsensor.SelfSignedKeys;
import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.SyncListener;
import io.plantwatch.console.sync.SyncOptions;
import io.plantwatch.console.sync.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code bench merge}: S light sensors serving generated inventories over real HTTPS on loopback,
 * synced into a fresh console store from empty (full sync), then again after P% of every
 * sensor's devices changed (incremental sync). Both through the console's real sync engine.
 * A command object: one run, one thread.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Console sync and merge: S simulated sensors x D devices over real HTTPS into a new H2 store,",
            "a full sync from empty, then an incremental one after P% of the devices changed."})
public final class MergeBench implements Callable<Integer> {
    @Option(names = "--sensors", defaultValue = "100", description = "Simulated sensors (default ${DEFAULT-VALUE}).")
    int sensorCount;

    @Option(names = "--devices", defaultValue = "10000", description = "Devices per sensor (default ${DEFAULT-VALUE}).")
    int devices;

    @Option(names = "--changed-percent", defaultValue = "1",
            description = "Share of each sensor's devices changed before the incremental sync (default ${DEFAULT-VALUE}).")
    double changedPercent;

    @Option(names = "--sensors-per-zone", defaultValue = "4", description = "Default ${DEFAULT-VALUE}.")
    int sensorsPerZone;

    @Option(names = "--overlap-percent", defaultValue = "20",
            description = "Devices a sensor shares with its zone neighbour, in percent (default ${DEFAULT-VALUE}).")
    int overlapPercent;

    @Option(names = "--concurrency", defaultValue = "8", description = "Sensors synced at once (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--data", description = "Keep the console store here (default: a temporary directory, deleted).")
    Path data;

    private final PrintStream out;

    public MergeBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        GeneratedPlant plant = new GeneratedPlant(devices, sensorsPerZone, overlapPercent);
        SelfSignedKeys keys = SelfSignedKeys.generate("bench-sensor");
        Fingerprint fingerprint = Fingerprint.of(keys.certificate());
        SyncOptions options = SyncOptions.DEFAULT.withConcurrency(concurrency);
        Path directory = data != null ? data : Files.createTempDirectory("plantwatch-bench-merge");
        List<LightSensor> sensors = new ArrayList<>();
        try {
            for (int i = 0; i < sensorCount; i++) {
                sensors.add(LightSensor.plantwatch("sensor-" + i, "token-" + i, plant.inventory(i), keys));
                sensors.get(i).prerender("", options.pageSize());
            }
            try (ConsoleServices console = ConsoleServices.open(directory, options, Clock.systemUTC())) {
                for (int i = 0; i < sensorCount; i++) {
                    console.sensors().add("sensor-" + i, sensors.get(i).url(), "token-" + i, "bench",
                            "zone-" + plant.zoneOf(i), fingerprint);
                }
                Timing full = timedSync(console);
                long merged = console.inventory().devices(null).size();

                int changedPerSensor = (int) Math.round(devices * changedPercent / 100.0);
                for (int i = 0; i < sensorCount; i++) {
                    LightInventory inventory = sensors.get(i).inventory();
                    String cursor = inventory.cursor();
                    for (int position = 0; position < changedPerSensor; position++) {
                        int spread = (int) ((long) position * devices / Math.max(1, changedPerSensor));
                        inventory.putDevice(plant.device(i, spread, 1));
                    }
                    sensors.get(i).prerender(cursor, options.pageSize());
                }
                Timing incremental = timedSync(console);

                long total = (long) sensorCount * devices;
                out.println("sensors: " + sensorCount);
                out.println("devices_per_sensor: " + devices);
                out.println("devices_total: " + total);
                out.println("merged_devices: " + merged);
                out.println("full_sync_ms: " + full.wallNanos / 1_000_000);
                out.println("full_sync_devices_per_s: " + Math.round(total / (full.wallNanos / 1e9)));
                out.println("full_sync_cpu_ms: " + full.cpuNanos / 1_000_000);
                out.println("incremental_devices: " + (long) changedPerSensor * sensorCount);
                out.println("incremental_sync_ms: " + incremental.wallNanos / 1_000_000);
                out.println("incremental_sync_cpu_ms: " + incremental.cpuNanos / 1_000_000);
                out.printf("incremental_to_full_percent: %.2f%n", 100.0 * incremental.wallNanos / full.wallNanos);
            }
            // After close: the store compacts on close when the sync grew it (ConsoleStore).
            out.println("store_mb: " + Files.size(directory.resolve("console.mv.db")) / 1_000_000);
            return 0;
        } finally {
            sensors.forEach(LightSensor::close);
            if (data == null) {
                deleteTree(directory);
            }
        }
    }

    private record Timing(long wallNanos, long cpuNanos) {
    }

    /** One sync of every registered sensor, timed on the wall clock and in process CPU time. */
    private static Timing timedSync(ConsoleServices console) {
        List<SensorRecord> registered = console.sensors().list();
        System.gc();
        long cpu = ProcessCpu.nanos();
        long start = System.nanoTime();
        SyncReport report = console.sync().sync(registered, SyncListener.NONE, Cancellation.none());
        Timing timing = new Timing(System.nanoTime() - start, ProcessCpu.nanos() - cpu);
        requireSuccess(report);
        return timing;
    }

    private static void requireSuccess(SyncReport report) {
        if (!report.allSucceeded()) {
            throw new IllegalStateException("a sensor failed to sync: " + report.results().stream()
                    .filter(r -> !r.succeeded()).findFirst().orElseThrow().error());
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
