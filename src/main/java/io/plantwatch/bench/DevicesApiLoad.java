package io.plantwatch.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One client thread asking {@code GET /api/v1/devices/} again and again, a pause apart (none: back
 * to back), while the sensor replays.
 * A request's latency is from sending it to having the whole body; only answers that list at
 * least {@code minDevices} devices count (the inventory fills in the first seconds of a replay).
 * A replay too short for any answer to count (a tiny capture) gets up to {@link #EXTRA_REQUESTS}
 * more requests after {@link #stop()}, on the stored inventory, so that it still yields a figure.
 * Start, then {@link #stop()} from another thread; results are read after stop.
 */
final class DevicesApiLoad implements Runnable {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int EXTRA_REQUESTS = 3;

    private final ChildSensor sensor;
    private final int minDevices;
    private final long intervalMillis;
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread = new Thread(this, "bench-devices-api");
    private volatile boolean stopping;
    private volatile int requests;
    private volatile int fewerDevices;
    private volatile int maxDevices;
    private volatile String failure;

    DevicesApiLoad(ChildSensor sensor, int minDevices, long intervalMillis) {
        this.sensor = sensor;
        this.minDevices = minDevices;
        this.intervalMillis = intervalMillis;
    }

    void start() {
        thread.start();
    }

    void stop() throws InterruptedException {
        stopping = true;
        thread.join();
    }

    @Override
    public void run() {
        int extra = 0;
        try {
            while (!stopping || (latencies.isEmpty() && extra++ < EXTRA_REQUESTS)) {
                long t = System.nanoTime();
                HttpResponse<byte[]> r = sensor.client().send(sensor.compressedRequest("/api/v1/devices/"),
                        HttpResponse.BodyHandlers.ofByteArray());
                long took = System.nanoTime() - t;
                requests++;
                if (r.statusCode() != 200) {
                    failure = "devices answered " + r.statusCode();
                    return;
                }
                int devices = count(decoded(r));
                maxDevices = Math.max(maxDevices, devices);
                if (devices >= minDevices) {
                    latencies.add(took);
                } else {
                    fewerDevices++;
                }
                if (intervalMillis > 0 && !stopping) {
                    Thread.sleep(intervalMillis);
                }
            }
        } catch (IOException e) {
            failure = "devices request failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] decoded(HttpResponse<byte[]> r) throws IOException {
        if (!r.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            return r.body();
        }
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(r.body()), 64 * 1024)) {
            return in.readAllBytes();
        }
    }

    /** The number of elements in a JSON array. */
    private static int count(byte[] body) throws IOException {
        int n = 0;
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return 0;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                p.skipChildren();
                n++;
            }
        }
        return n;
    }

    /** Latencies in nanoseconds of the answers that counted, sorted. */
    List<Long> sortedLatencies() {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return sorted;
    }

    int requests() {
        return requests;
    }

    int fewerDevices() {
        return fewerDevices;
    }

    int maxDevices() {
        return maxDevices;
    }

    String failure() {
        return failure;
    }
}
