package io.plantwatch.console.demo;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.sensors.CertificateRefusedException;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.sensors.SensorRegistry;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.SyncListener;
import io.plantwatch.simulate.PlantSimulator;
import io.plantwatch.simulate.SimulationSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The first-run demo plant: the simulator writes a factory's traffic as three sensors would capture
 * it ({@link DemoLayout}), three real sensor services replay those captures on loopback, and the
 * console registers them (certificate probed and pinned as for any sensor) in one site with two
 * zones and syncs them while they replay, so the screens fill within a minute. Stopping removes
 * the sensors, what they reported, their zones and the site. The sensors run in this process and
 * stop with it ({@link #close}); a demo left registered by an earlier run is removed and started
 * afresh. Thread-safe (methods synchronized); the blocking methods run off any UI thread.
 */
public final class DemoPlant implements AutoCloseable {
    public static final String SITE = DemoLayout.SITE;
    /** Fixed, so the demo shows the same plant every time. */
    private static final long SEED = 7;

    private final ConsoleServices services;
    private final DemoOptions options;
    private final Clock clock;
    private final DemoLayout layout = DemoLayout.STANDARD;
    private final DemoSensors sensors = new DemoSensors();
    /** Read without the lock, so a screen can ask while a start holds it. */
    private volatile boolean running;

    public DemoPlant(ConsoleServices services, DemoOptions options, Clock clock) {
        this.services = services;
        this.options = options;
        this.clock = clock;
    }

    /** Simulates, starts, registers and syncs the demo; returns once its replays are synced to the end. */
    public synchronized void start(DemoProgress progress, Cancellation cancel) throws Exception {
        if (isInstalled() || !sensors.isEmpty()) {
            stopAndRemove();
        }
        long steps = layout.sensors().size() + 2L;
        Path directory = directory();
        deleteTree(directory);
        Files.createDirectories(directory);
        progress.step("Simulating a factory's network traffic", 0, steps);
        Path capture = directory.resolve("plant.pcap");
        long start = clock.millis() / 1000 - (long) options.captureSeconds();
        new PlantSimulator().write(new SimulationSpec("factory", options.devices(), options.captureSeconds(), SEED,
                DemoLayout.PLANT_ZONES, true, null, start, 0), capture);
        List<SensorRecord> registered = new ArrayList<>();
        try {
            for (DemoLayout.SensorSpot spot : layout.sensors()) {
                cancel.throwIfCancelled();
                progress.step("Starting sensor " + spot.name(), registered.size() + 1L, steps);
                DemoSensors.Running sensor = sensors.start(spot, DemoLayout.sensorDirectory(directory, spot),
                        PlantSimulator.zoneFile(capture, spot.plantZone()), options.replaySpeed());
                registered.add(register(sensor));
            }
            syncWhileReplaying(registered, progress, steps, cancel);
            running = true;
        } catch (Exception | Error e) {
            stopAndRemove();
            throw e;
        }
    }

    private SensorRecord register(DemoSensors.Running sensor) throws IOException, CertificateRefusedException {
        SensorRegistry.Probe probe = services.sensors().probe(sensor.url());
        Fingerprint started = Fingerprint.parse(sensor.service().fingerprint());
        if (!probe.fingerprint().equals(started)) {
            // Something else answers on the port we were given: never pin it.
            throw new CertificateRefusedException(started, probe.fingerprint());
        }
        return services.sensors().add(sensor.spot().name(), sensor.url(), sensor.token(), SITE, sensor.spot().zone(),
                probe.fingerprint());
    }

    private void syncWhileReplaying(List<SensorRecord> registered, DemoProgress progress, long steps,
                                    Cancellation cancel) throws InterruptedException {
        while (true) {
            // Read before syncing: a replay that finished before this sync began is fully in it.
            boolean finished = sensors.replaysFinished();
            progress.step(finished ? "Syncing the demo sensors" : "Sensors are replaying the plant's traffic",
                    steps - 1, steps);
            services.sync().sync(registered, SyncListener.NONE, cancel);
            cancel.throwIfCancelled();
            progress.synced();
            if (finished) {
                progress.step("The demo plant runs", steps, steps);
                return;
            }
            Thread.sleep(options.syncIntervalMillis());
        }
    }

    /** Stops the demo's sensors and removes them, what they reported, their zones and the site. */
    public synchronized void stopAndRemove() {
        running = false;
        sensors.close();
        for (SensorRecord sensor : services.sensors().list()) {
            if (layout.isDemoSensor(sensor.name(), sensor.siteName())) {
                services.sensors().remove(sensor.name());
            }
        }
        if (services.topology().sites().stream().anyMatch(site -> site.name().equals(SITE))) {
            services.topology().removeSite(SITE);
        }
        try {
            deleteTree(directory());
        } catch (IOException e) {
            // The console's store no longer refers to these files; a later start deletes them again.
        }
    }

    /** Whether this console has demo sensors registered (started now or in an earlier run). */
    public boolean isInstalled() {
        return services.sensors().list().stream()
                .anyMatch(sensor -> layout.isDemoSensor(sensor.name(), sensor.siteName()));
    }

    /** Whether this console's demo sensors run now (registered by an earlier run, they do not). */
    public boolean isRunning() {
        return running;
    }

    /** Stops the sensors (they stay registered): the console is closing. */
    @Override
    public synchronized void close() {
        running = false;
        sensors.close();
    }

    private Path directory() {
        return services.store().dataDirectory().resolve("demo");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
