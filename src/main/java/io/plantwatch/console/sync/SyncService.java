package io.plantwatch.console.sync;

import io.plantwatch.console.merge.SensorBatch;
import io.plantwatch.console.merge.ZoneDelta;
import io.plantwatch.console.merge.ZoneState;
import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.store.SensorRepository;
import io.plantwatch.console.store.ZoneStates;
import io.plantwatch.console.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Syncs sensors into the store: all of them in parallel (bounded by
 * {@link SyncOptions#concurrency()}), each in ONE transaction that holds its merged rows, its new
 * cursor and its health, so a sync that fails or is interrupted anywhere (sensor gone mid-page,
 * store error, console killed) changes nothing. Fetching runs in parallel; merging and writing
 * take turns per zone, because sensors of one zone merge into the same devices.
 *
 * <p>Thread-safe: the GUI may start a sync while another runs (sensors of the same zone then wait
 * for each other's merge).
 */
public final class SyncService {
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

    private final ConsoleStore store;
    private final SensorRepository sensors;
    private final ZoneStates zones;
    private final SensorClients clients;
    private final AlertPropagation propagation;
    private final SyncOptions options;
    private final Clock clock;
    private final CanonicalStrings strings = new CanonicalStrings();
    private final java.util.concurrent.Semaphore fullSyncs =
            new java.util.concurrent.Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

    public SyncService(ConsoleStore store, SensorRepository sensors, ZoneStates zones, SensorClients clients,
                       AlertPropagation propagation, SyncOptions options, Clock clock) {
        this.store = store;
        this.sensors = sensors;
        this.zones = zones;
        this.clients = clients;
        this.propagation = propagation;
        this.options = options;
        this.clock = clock;
    }

    /** Syncs every registered sensor. */
    public SyncReport syncAll(SyncListener listener, Cancellation cancel) {
        try (Connection connection = store.connection()) {
            return sync(sensors.all(connection), listener, cancel);
        } catch (SQLException e) {
            throw new StoreException("cannot list sensors", e);
        }
    }

    /** Syncs the sensors given (as registered). */
    public SyncReport sync(Collection<SensorRecord> selected, SyncListener listener, Cancellation cancel) {
        long started = System.nanoTime();
        List<SensorSyncResult> results = new ArrayList<>();
        if (selected.isEmpty()) {
            return new SyncReport(results, 0);
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(options.concurrency(), selected.size()), r -> {
            Thread thread = new Thread(r, "sensor-sync-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<SensorSyncResult>> futures = new ArrayList<>();
            for (SensorRecord sensor : selected) {
                futures.add(workers.submit(() -> syncOne(sensor, listener, cancel)));
            }
            for (Future<SensorSyncResult> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sensor sync failed unexpectedly", e.getCause());
        } finally {
            workers.shutdownNow();
        }
        return new SyncReport(results, (System.nanoTime() - started) / 1_000_000);
    }

    private SensorSyncResult syncOne(SensorRecord sensor, SyncListener listener, Cancellation cancel) {
        long started = System.nanoTime();
        listener.sensorStarted(sensor.name());
        SensorFetch fetch = null;
        boolean heavy = likelyFull(sensor);
        try {
            if (heavy) {
                fullSyncs.acquire();
            }
            SensorClient client = clients.forSensor(sensor);
            ZoneDelta delta;
            try {
                fetch = new SensorFetcher(options.pageSize(), strings).fetch(sensor, client, listener, cancel);
                cancel.throwIfCancelled();
                listener.progress(sensor.name(), "merge", fetch.batch().items());
                delta = mergeAndCommit(sensor, fetch, cancel);
            } finally {
                if (heavy) {
                    fullSyncs.release();
                }
            }
            retryPendingAlertActions(sensor, client);
            SensorSyncResult result = new SensorSyncResult(sensor.name(), SensorHealth.SYNCED, fetch.kind(),
                    fetch.batch().complete(), fetch.batch().items(), delta.devices().size(), delta.rows(),
                    elapsed(started), null);
            listener.sensorFinished(result);
            return result;
        } catch (SensorApiException e) {
            return fail(sensor, fetch, e.unreachable() ? SensorHealth.DISCONNECTED : SensorHealth.OUT_OF_SYNC,
                    e.getMessage(), started, listener);
        } catch (CancellationException e) {
            return fail(sensor, fetch, SensorHealth.OUT_OF_SYNC, sensor.name() + ": sync cancelled", started, listener);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(sensor, fetch, SensorHealth.OUT_OF_SYNC, sensor.name() + ": sync interrupted", started, listener);
        } catch (RuntimeException e) {
            LOG.warn("sync of sensor {} failed", sensor.name(), e);
            return fail(sensor, fetch, SensorHealth.OUT_OF_SYNC, sensor.name() + ": " + e.getMessage(), started,
                    listener);
        }
    }

    /**
     * A first sync, or a full pull of a Defender sensor: it brings the sensor's whole inventory.
     * Those take turns beyond the run's concurrency, one per core: they are CPU-bound, and every
     * fetched-but-waiting inventory survives garbage collections (eight at once measured a fifth
     * more CPU than two). Incremental syncs are small and bound by the network, so they keep the
     * full concurrency.
     */
    private static boolean likelyFull(SensorRecord sensor) {
        return sensor.cursor() == null || !SensorFetch.PLANTWATCH.equals(sensor.kind());
    }

    private ZoneDelta mergeAndCommit(SensorRecord sensor, SensorFetch fetch, Cancellation cancel) {
        SensorBatch batch = fetch.batch();
        ZoneState zone = zones.acquire(sensor.zoneId());
        try {
            cancel.throwIfCancelled();
            ZoneDelta delta;
            try {
                delta = zone.apply(batch, zones.ids(), false);
                store.inTransaction(connection -> {
                    zones.write(connection, delta);
                    if (!sensors.recordSuccess(connection, sensor.id(), fetch.kind(), fetch.cursor(), fetch.version(),
                            fetch.tiVersion(), clock.millis())) {
                        throw new IllegalStateException("the sensor was removed while it synced; nothing kept");
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                zones.invalidate(zone);
                throw e;
            }
            return delta;
        } finally {
            zones.release(zone);
        }
    }

    /** The sync is committed by now: a failure here is logged and left for the next sync to retry. */
    private void retryPendingAlertActions(SensorRecord sensor, SensorClient client) {
        try {
            propagation.retryPending(sensor, client);
        } catch (RuntimeException e) {
            LOG.warn("alert actions for {} stay pending: {}", sensor.name(), e.getMessage());
        }
    }

    private SensorSyncResult fail(SensorRecord sensor, SensorFetch fetch, SensorHealth health, String error,
                                  long started, SyncListener listener) {
        try {
            store.inTransaction(connection -> {
                sensors.recordFailure(connection, sensor.id(), health, error, clock.millis());
                return null;
            });
        } catch (StoreException e) {
            LOG.warn("cannot record the failed sync of {}: {}", sensor.name(), e.getMessage());
        }
        SensorSyncResult result = new SensorSyncResult(sensor.name(), health, fetch == null ? null : fetch.kind(),
                fetch != null && fetch.batch().complete(), fetch == null ? 0 : fetch.batch().items(), 0, 0,
                elapsed(started), error);
        listener.sensorFinished(result);
        return result;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
