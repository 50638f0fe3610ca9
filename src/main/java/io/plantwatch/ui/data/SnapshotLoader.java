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

/**
 * Reads a {@link ConsoleSnapshot} from the console services and works out what the tables show
 * per device (protocols from its connections, alerts raised on its addresses in its zone). Runs
 * off the FX thread; stateless and thread-safe.
 */
public final class SnapshotLoader {
    /** Reports which part is being read (for the status bar). */
    public interface Steps {
        Steps NONE = (step, done, total) -> { };

        void step(String what, int done, int total);
    }

    private static final int STEPS = 5;

    private final ConsoleServices services;

    public SnapshotLoader(ConsoleServices services) {
        this.services = services;
    }

    public ConsoleSnapshot load(Steps steps, Cancellation cancel) {
        long started = System.nanoTime();
        steps.step("Reading sites and sensors", 0, STEPS);
        List<Site> sites = services.topology().sites();
        List<Zone> zones = services.topology().zones();
        List<SensorRecord> sensors = services.sensors().list();
        String newestTi = services.tiPackages().newestVersion(sensors);
        check(cancel);
        steps.step("Reading devices", 1, STEPS);
        List<DeviceView> devices = devicesByZone(zones, cancel);
        long devicesRead = System.nanoTime();
        check(cancel);
        steps.step("Reading connections", 2, STEPS);
        List<MergedConnection> connections = services.inventory().connections(null);
        check(cancel);
        steps.step("Reading alerts", 3, STEPS);
        List<AlertView> alerts = services.alerts().alerts(null);
        check(cancel);
        steps.step("Preparing the inventory", 4, STEPS);
        Map<Long, List<MergedConnection>> byDevice = connectionsByDevice(connections);
        Map<String, Integer> alertsByAddress = alertsByAddress(alerts);
        List<DeviceRow> rows = new ArrayList<>(devices.size());
        Map<Long, DeviceRow> byId = new HashMap<>(devices.size() * 2);
        for (DeviceView device : devices) {
            DeviceRow row = DeviceRow.of(device, protocols(byDevice.getOrDefault(device.id(), List.of())),
                    alertCount(device, alertsByAddress));
            rows.add(row);
            byId.put(row.id(), row);
        }
        List<AlertRow> alertRows = new ArrayList<>(alerts.size());
        alerts.forEach(alert -> alertRows.add(AlertRow.of(alert)));
        steps.step("Done", STEPS, STEPS);
        org.slf4j.LoggerFactory.getLogger(SnapshotLoader.class).debug("devices read in {} ms of {} ms",
                (devicesRead - started) / 1_000_000, (System.nanoTime() - started) / 1_000_000);
        return new ConsoleSnapshot(sites, zones, sensors, rows, alertRows, byDevice, byId,
                (System.nanoTime() - started) / 1_000_000, newestTi);
    }

    /**
     * Reads the zones' devices in parallel, one zone per task (the service parses each device's
     * provenance, which is most of the time a load takes; zones are independent). The result is
     * in zone order, as {@code devices(null)} would give it.
     */
    private List<DeviceView> devicesByZone(List<Zone> zones, Cancellation cancel) {
        if (zones.size() < 2) {
            return services.inventory().summaries(null);
        }
        List<Zone> ordered = new ArrayList<>(zones);
        ordered.sort(java.util.Comparator.comparingLong(Zone::id));
        int threads = Math.min(ordered.size(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads,
                runnable -> {
                    Thread thread = new Thread(runnable, "inventory-load");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<java.util.concurrent.Future<List<DeviceView>>> parts = new ArrayList<>();
            for (Zone zone : ordered) {
                parts.add(pool.submit(() -> services.inventory().summaries(zone)));
            }
            List<DeviceView> devices = new ArrayList<>();
            for (java.util.concurrent.Future<List<DeviceView>> part : parts) {
                check(cancel);
                devices.addAll(part.get());
            }
            return devices;
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
