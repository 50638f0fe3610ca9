package io.plantwatch.ui.data;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.alerts.AlertView;
import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.console.merge.MergedConnection;
import io.plantwatch.console.merge.ProtocolUse;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.store.Site;
import io.plantwatch.console.store.Zone;
import io.plantwatch.console.sync.Cancellation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Reads a {@link ConsoleSnapshot} from the console services and works out what the tables show
 * per device (protocols from its connections, alerts raised on its addresses in its zone). Zones
 * are read in parallel, one per core but one. Runs off the FX thread; stateless and thread-safe.
 */
public final class SnapshotLoader {
    /** Reports which part is being read (for the status bar). */
    public interface Steps {
        Steps NONE = (step, done, total) -> { };

        void step(String what, int done, int total);
    }

    /** How long the reading waits for the first rows to be shown before it reads on regardless. */
    private static final long FIRST_ROWS_WAIT_SECONDS = 60;

    private final ConsoleServices services;

    public SnapshotLoader(ConsoleServices services) {
        this.services = services;
    }

    /** Receives each zone's rows as soon as they and the zones before them are read. */
    public interface Arrivals {
        Arrivals NONE = rows -> CompletableFuture.completedFuture(null);

        /**
         * Called on the loading thread, in zone order (the order of the snapshot's devices).
         * The other zones are read once the first zone's stage completes (the console completes it
         * when the first rows are on screen): while the window lays itself out and shows the first
         * rows, the reading waits instead of taking a core from it.
         */
        CompletionStage<?> arrived(List<DeviceRow> rows);
    }

    public ConsoleSnapshot load(Steps steps, Cancellation cancel) {
        return load(steps, cancel, Arrivals.NONE);
    }

    /**
     * Reads everything; hands each zone's rows to {@code early} as soon as they are read, so that
     * a table can show the first rows long before the last zone is read.
     */
    public ConsoleSnapshot load(Steps steps, Cancellation cancel, Arrivals early) {
        long started = System.nanoTime();
        steps.step("Reading sites and sensors", 0, 3);
        List<Site> sites = services.topology().sites();
        List<Zone> zones = services.topology().zones();
        List<SensorRecord> sensors = services.sensors().list();
        String newestTi = services.tiPackages().newestVersion(sensors);
        check(cancel);
        steps.step("Reading alerts", 1, 3);
        List<AlertView> alerts = services.alerts().alerts(null);
        Map<String, Integer> alertsByAddress = alertsByAddress(alerts);
        List<AlertRow> alertRows = new ArrayList<>(alerts.size());
        alerts.forEach(alert -> alertRows.add(AlertRow.of(alert)));
        check(cancel);
        List<DeviceRow> rows = new ArrayList<>();
        Map<Long, List<MergedConnection>> byDevice = new HashMap<>();
        List<Zone> ordered = new ArrayList<>(zones);
        ordered.sort(java.util.Comparator.comparingLong(Zone::id));
        if (ordered.isEmpty()) {
            // No zone (a store without sensors): whatever devices there are, in one part.
            ordered.add(null);
        }
        // One core stays free for the FX thread, which lays the window out meanwhile: on two cores
        // two readers delayed the first frame more than they sped the reading up.
        int threads = Math.min(ordered.size(), Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads,
                runnable -> {
                    Thread thread = new Thread(runnable, "inventory-load");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<java.util.concurrent.Future<ZonePart>> parts = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                Zone zone = ordered.get(i);
                if (i == 1) {
                    // Zones after the first are read once the first one's rows are shown (or after
                    // a while without: the wait only keeps a core free for the window).
                    awaitShown(early.arrived(java.util.Collections.unmodifiableList(parts.get(0).get().rows())));
                }
                parts.add(pool.submit(() -> readZone(zone, alertsByAddress)));
            }
            for (int i = 0; i < parts.size(); i++) {
                steps.step("Reading devices (" + String.format("%,d", rows.size()) + " so far)", 2 + i,
                        2 + parts.size());
                ZonePart part = parts.get(i).get();
                check(cancel);
                rows.addAll(part.rows());
                byDevice.putAll(part.connectionsByDevice());
                if (i > 0 || parts.size() == 1) {
                    early.arrived(java.util.Collections.unmodifiableList(part.rows()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("loading interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<Long, DeviceRow> byId = new HashMap<>(rows.size() * 2);
        rows.forEach(row -> byId.put(row.id(), row));
        steps.step("Done", 1, 1);
        return new ConsoleSnapshot(sites, zones, sensors, rows, alertRows, byDevice, byId,
                (System.nanoTime() - started) / 1_000_000, newestTi, DeviceCounts.of(rows));
    }

    private static void awaitShown(CompletionStage<?> shown)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        try {
            shown.toCompletableFuture().get(FIRST_ROWS_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // Not shown yet (no frames?): read on.
        }
    }

    /** One zone's rows and connections by device (a device's connections are all in its zone). */
    private record ZonePart(List<DeviceRow> rows, Map<Long, List<MergedConnection>> connectionsByDevice) {
    }

    /**
     * Reads one zone (or every device when {@code zone} is null): the devices without their
     * provenance, the connections that give each its protocols, its alert count.
     */
    private ZonePart readZone(Zone zone, Map<String, Integer> alertsByAddress) {
        List<DeviceView> devices = services.inventory().summaries(zone);
        Map<Long, List<MergedConnection>> byDevice = connectionsByDevice(services.inventory().connections(zone));
        List<DeviceRow> rows = new ArrayList<>(devices.size());
        for (DeviceView device : devices) {
            rows.add(DeviceRow.of(device, protocols(byDevice.getOrDefault(device.id(), List.of())),
                    alertCount(device, alertsByAddress)));
        }
        return new ZonePart(rows, byDevice);
    }

    private static void check(Cancellation cancel) {
        if (cancel.isCancelled()) {
            throw new CancellationException("loading cancelled");
        }
    }

    private static Map<Long, List<MergedConnection>> connectionsByDevice(List<MergedConnection> connections) {
        Map<Long, List<MergedConnection>> byDevice = new HashMap<>();
        for (MergedConnection connection : connections) {
            byDevice.computeIfAbsent(connection.deviceA(), id -> new ArrayList<>()).add(connection);
            byDevice.computeIfAbsent(connection.deviceB(), id -> new ArrayList<>()).add(connection);
        }
        return byDevice;
    }

    private static List<String> protocols(List<MergedConnection> connections) {
        if (connections.isEmpty()) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        for (MergedConnection connection : connections) {
            for (ProtocolUse protocol : connection.protocols()) {
                names.add(protocol.name());
            }
        }
        return List.copyOf(names);
    }

    /** Alerts are matched to devices by address within a zone, as the sensor raised them. */
    private static Map<String, Integer> alertsByAddress(List<AlertView> alerts) {
        Map<String, Integer> counts = new HashMap<>();
        for (AlertView alert : alerts) {
            if (alert.source() != null) {
                counts.merge(addressKey(alert.site(), alert.zone(), alert.source()), 1, Integer::sum);
            }
            if (alert.destination() != null && !alert.destination().equals(alert.source())) {
                counts.merge(addressKey(alert.site(), alert.zone(), alert.destination()), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int alertCount(DeviceView device, Map<String, Integer> alertsByAddress) {
        if (alertsByAddress.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (String ip : device.ips()) {
            count += alertsByAddress.getOrDefault(addressKey(device.site(), device.zone(), ip), 0);
        }
        for (String mac : device.macs()) {
            count += alertsByAddress.getOrDefault(addressKey(device.site(), device.zone(), mac), 0);
        }
        return count;
    }

    static String addressKey(String site, String zone, String address) {
        return site + "/" + zone + "|" + address;
    }
}
