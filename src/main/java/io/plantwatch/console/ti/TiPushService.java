package io.plantwatch.console.ti;

import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.SensorApiException;
import io.plantwatch.console.sync.SensorClient;
import io.plantwatch.console.sync.SensorClients;
import io.plantwatch.model.SensorStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Pushes one TI package to many sensors in parallel with bounded concurrency (a 50 MB package to
 * hundreds of sensors must not open hundreds of uploads at once), then reads each sensor's status
 * to confirm it reports the new version. One result per sensor, in target order; a failure on one
 * sensor never stops the others. Cancelling stops sensors that have not started. Thread-safe: each
 * push uses its own short-lived pool.
 */
public final class TiPushService {
    private final SensorClients clients;
    private final int concurrency;

    public TiPushService(SensorClients clients, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.clients = clients;
        this.concurrency = concurrency;
    }

    public List<SensorPushResult> push(byte[] tiPackage, String version, List<SensorRecord> targets,
                                       PushListener listener, Cancellation cancel) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, targets.size())), r -> {
            Thread t = new Thread(r, "ti-push");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SensorPushResult>> futures = new ArrayList<>();
            for (SensorRecord target : targets) {
                futures.add(pool.submit(() -> pushOne(tiPackage, version, target, listener, cancel)));
            }
            List<SensorPushResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), targets.get(i).name()));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private SensorPushResult pushOne(byte[] tiPackage, String version, SensorRecord target, PushListener listener,
                                     Cancellation cancel) {
        long start = System.nanoTime();
        SensorPushResult result;
        if (cancel.isCancelled()) {
            result = new SensorPushResult(target.name(), false, null, "cancelled", 0);
        } else {
            listener.started(target.name());
            try {
                SensorClient client = clients.forSensor(target);
                client.uploadTi(tiPackage, cancel);
                Optional<SensorStatus> status = client.status(cancel);
                String installed = status.map(SensorStatus::tiVersion).orElse(null);
                boolean ok = version.equals(installed);
                result = new SensorPushResult(target.name(), ok, installed,
                        ok ? null : "uploaded, but the sensor reports TI version " + installed, millis(start));
            } catch (SensorApiException e) {
                result = new SensorPushResult(target.name(), false, null, e.getMessage(), millis(start));
            } catch (CancellationException e) {
                result = new SensorPushResult(target.name(), false, null, "cancelled", millis(start));
            }
        }
        listener.finished(result);
        return result;
    }

    private static SensorPushResult await(Future<SensorPushResult> future, String sensor) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SensorPushResult(sensor, false, null, "interrupted", 0);
        } catch (ExecutionException e) {
            return new SensorPushResult(sensor, false, null, String.valueOf(e.getCause()), 0);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
