package io.plantwatch.bench.lightsensor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.plantwatch.model.ApiAlert;
import io.plantwatch.model.ApiAlertAction;
import io.plantwatch.model.ApiError;
import io.plantwatch.model.ChangesPage;
import io.plantwatch.model.SensorStatus;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A light stand-in for a sensor: serves a {@link LightInventory} through the sensor API (DESIGN.md)
 * over real HTTPS on loopback, with the JDK's HTTP server and a self-signed certificate. As a
 * Plantwatch sensor it has the status and changes endpoints; as a Defender sensor only the v1 list
 * endpoints. It can be told to die after some pages (a sensor killed mid-sync) and records the
 * alert actions it receives. Used by {@code bench merge} and the console's tests. Thread-safe.
 */
public final class LightSensor implements AutoCloseable {
    private final String name;
    private final String token;
    private final boolean plantwatch;
    private final LightInventory inventory;
    private final HttpsServer server;
    private final ExecutorService executor;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    private final AtomicInteger pagesServed = new AtomicInteger();
    private final List<String> actions = new ArrayList<>();
    private volatile int dieAfterPages = -1;
    /** Set when it "dies": requests already on kept-alive connections must fail too, not only new ones. */
    private volatile boolean dead;
    private volatile String renderedAtCursor = "";

    private LightSensor(String name, String token, boolean plantwatch, LightInventory inventory, SelfSignedKeys keys,
                        int threads, int port) throws IOException {
        // The JDK's server leaves Nagle's algorithm on unless told otherwise (read once, JVM-wide):
        // headers and body then go out as two TLS records and the second waits for the client's
        // delayed ACK, 40 ms per small answer. Real sensors (Jetty) set TCP_NODELAY.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        this.name = name;
        this.token = token;
        this.plantwatch = plantwatch;
        this.inventory = inventory;
        this.server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        this.server.setHttpsConfigurator(new HttpsConfigurator(keys.serverContext()));
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "light-sensor-" + name);
            thread.setDaemon(true);
            return thread;
        });
        this.server.setExecutor(executor);
        this.server.createContext("/", this::handle);
        this.server.start();
    }

    /** Starts a Plantwatch-flavoured light sensor (status and changes endpoints). */
    public static LightSensor plantwatch(String name, String token, LightInventory inventory, SelfSignedKeys keys)
            throws IOException {
        return new LightSensor(name, token, true, inventory, keys, 2, 0);
    }

    /** Starts a Plantwatch-flavoured light sensor on a given port (e.g. where another one was). */
    public static LightSensor plantwatch(String name, String token, LightInventory inventory, SelfSignedKeys keys,
                                         int port) throws IOException {
        return new LightSensor(name, token, true, inventory, keys, 2, port);
    }

    /** Starts a Defender-flavoured light sensor (v1 list endpoints only). */
    public static LightSensor defender(String name, String token, LightInventory inventory, SelfSignedKeys keys)
            throws IOException {
        return new LightSensor(name, token, false, inventory, keys, 2, 0);
    }

    /** Starts a Defender-flavoured light sensor on a given port (e.g. where another one was). */
    public static LightSensor defender(String name, String token, LightInventory inventory, SelfSignedKeys keys,
                                       int port) throws IOException {
        return new LightSensor(name, token, false, inventory, keys, 2, port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    public LightInventory inventory() {
        return inventory;
    }

    /** After {@code pages} more pages of changes, the sensor stops listening (as if killed). */
    public void dieAfterPages(int pages) {
        dieAfterPages = pagesServed.get() + pages;
    }

    public int pagesServed() {
        return pagesServed.get();
    }

    /** The alert actions received, as {@code uuid=action}, in order. */
    public synchronized List<String> actions() {
        return new ArrayList<>(actions);
    }

    /**
     * Renders the pages a sync from {@code since} will ask for, so that serving them costs only
     * TLS and I/O. A real sensor renders on its own machine; a benchmark of the console should not
     * pay for its stand-ins' JSON on the console's cores.
     */
    public void prerender(String since, int limit) throws IOException {
        rendered.clear();
        renderedAtCursor = inventory.cursor();
        String cursor = since;
        while (true) {
            ChangesPage page = inventory.changes(cursor, limit);
            byte[] json = mapper.writeValueAsBytes(page);
            rendered.put(cursor + "|" + limit, json);
            rendered.put(cursor + "|" + limit + "|gzip", gzip(json));
            if (!page.more()) {
                return;
            }
            cursor = page.next();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (dead) {
            // The JDK server drops the connection without an answer, as a killed process would.
            throw new IOException("light sensor " + name + " is dead");
        }
        try (exchange) {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !(auth.equals(token) || auth.equals("Bearer " + token))) {
                send(exchange, 401, new ApiError("missing or wrong token"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (plantwatch && path.equals("/api/plantwatch/v1/status")) {
                send(exchange, 200, new SensorStatus(name, "light", 1, null, false, 0, 0, inventory.deviceCount(),
                        0, 0, "RUNNING", null, inventory.cursor(), 0));
            } else if (plantwatch && path.equals("/api/plantwatch/v1/changes") && method.equals("GET")) {
                changes(exchange, query);
            } else if (path.equals("/api/v1/devices/") || path.equals("/api/v1/devices")) {
                send(exchange, 200, inventory.devices());
            } else if (path.equals("/api/v1/devices/connections")) {
                send(exchange, 200, inventory.connections());
            } else if (path.equals("/api/v1/alerts") && method.equals("GET")) {
                send(exchange, 200, inventory.alerts());
            } else if (path.startsWith("/api/v1/alerts/") && method.equals("PUT")) {
                alertAction(exchange, path.substring("/api/v1/alerts/".length()));
            } else {
                send(exchange, 404, new ApiError("no such endpoint: " + method + " " + path));
            }
        } catch (RuntimeException e) {
            send(exchange, 500, new ApiError(e.toString()));
        }
    }

    private void changes(HttpExchange exchange, Map<String, String> query) throws IOException {
        String since = query.getOrDefault("since", "");
        int limit;
        try {
            limit = Integer.parseInt(query.getOrDefault("limit", "1000"));
        } catch (NumberFormatException e) {
            send(exchange, 400, new ApiError("limit is not a number"));
            return;
        }
        boolean gzip = acceptsGzip(exchange);
        String key = since + "|" + limit + (gzip ? "|gzip" : "");
        byte[] body = renderedAtCursor.equals(inventory.cursor()) ? rendered.get(key) : null;
        if (body == null) {
            body = mapper.writeValueAsBytes(inventory.changes(since, limit));
            body = gzip ? gzip(body) : body;
        }
        if (gzip) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        // Dead before the last page leaves: the client asks for the next page the moment it has
        // this one, and that request must find the sensor dead.
        boolean dies = pagesServed.incrementAndGet() == dieAfterPages;
        if (dies) {
            dead = true;
        }
        sendBytes(exchange, 200, body);
        if (dies) {
            Thread killer = new Thread(() -> server.stop(0), "kill-" + name);
            killer.setDaemon(true);
            killer.start();
        }
    }

    private void alertAction(HttpExchange exchange, String rawUuid) throws IOException {
        String uuid = URLDecoder.decode(rawUuid, StandardCharsets.UTF_8);
        ApiAlertAction action = mapper.readValue(exchange.getRequestBody(), ApiAlertAction.class);
        ApiAlert alert = inventory.alert(uuid);
        if (alert == null) {
            send(exchange, 404, new ApiError("Couldn't execute request because no alert was found for this UUID"));
            return;
        }
        synchronized (this) {
            actions.add(uuid + "=" + action.action());
        }
        inventory.putAlert(ApiRecords.handled(alert, action.action()));
        send(exchange, 200, Map.of("content", "Alert update request finished successfully"));
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] json = mapper.writeValueAsBytes(body);
        if (json.length > 1024 && acceptsGzip(exchange)) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            json = gzip(json);
        }
        sendBytes(exchange, status, json);
    }

    private static boolean acceptsGzip(HttpExchange exchange) {
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        return accepted != null && accepted.contains("gzip");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length / 8 + 64);
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out, 64 * 1024) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            zip.write(data);
        }
        return out.toByteArray();
    }

    private static void sendBytes(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    /** Stops serving (what a killed sensor looks like from the console). */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
