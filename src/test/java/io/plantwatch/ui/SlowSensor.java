package io.plantwatch.ui;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.plantwatch.console.ConsoleFixture;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sensor that accepts the console's requests over real HTTPS and holds every answer until the
 * test {@link #release()}s it (then answers 503): a sync of it blocks for as long as the test
 * wants, without any timing in the test. Thread-safe.
 */
public final class SlowSensor implements AutoCloseable {
    private final HttpsServer server;
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger waiting = new AtomicInteger();

    public SlowSensor() throws IOException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.setHttpsConfigurator(new HttpsConfigurator(ConsoleFixture.keys().serverContext()));
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "slow-sensor");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            waiting.incrementAndGet();
            try {
                released.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            waiting.decrementAndGet();
            byte[] body = "{\"error\":\"busy\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests are being held now. */
    public int waiting() {
        return waiting.get();
    }

    public void release() {
        released.countDown();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
