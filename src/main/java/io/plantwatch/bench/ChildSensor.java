package io.plantwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.sensors.PinnedTrustManager;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sensor started as its own JVM from this one's class path ({@code Launcher sensor ...}), as an
 * operator runs it, with a real HTTPS client pinned to the certificate it prints (as the console pins it). A child process
 * keeps the benchmark's own work (the API client, the analyze runs) out of the sensor's heap and
 * GC. Thread-safe for requests; start and close from one thread.
 */
final class ChildSensor implements AutoCloseable {
    private static final Pattern LISTENING =
            Pattern.compile("listening on https://[^ ]+:(\\d+)/ certificate SHA-256 (\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOG_LINES = 40;

    private final Process process;
    private final int port;
    private final String token;
    private final HttpClient client;
    private final long listeningNanos;
    private final Deque<String> log;

    private ChildSensor(Process process, int port, String fingerprint, String token, long listeningNanos,
                        Deque<String> log) throws Exception {
        this.process = process;
        this.port = port;
        this.token = token;
        this.listeningNanos = listeningNanos;
        this.log = log;
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new PinnedTrustManager(Fingerprint.parse(fingerprint))}, null);
        this.client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Starts {@code sensor --name bench --data DATA --listen 127.0.0.1:0 --replay FILE --fast} and
     * returns once it listens (the pipeline is running by then).
     */
    static ChildSensor start(Path data, Path capture, String token, List<String> jvmArgs) throws Exception {
        return start(data, capture, token, jvmArgs, List.of());
    }

    /** As {@link #start(Path, Path, String, List)}, with more sensor options ({@code --no-detection}). */
    static ChildSensor start(Path data, Path capture, String token, List<String> jvmArgs, List<String> sensorArgs)
            throws Exception {
        return start(data, List.of(capture), token, jvmArgs, sensorArgs);
    }

    /** As {@link #start(Path, Path, String, List, List)}, replaying {@code captures} one after the other. */
    static ChildSensor start(Path data, List<Path> captures, String token, List<String> jvmArgs,
                             List<String> sensorArgs) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.plantwatch.cli.Launcher", "sensor",
                "--name", "bench", "--data", data.toString(), "--listen", "127.0.0.1:0", "--fast", "--replay"));
        captures.forEach(c -> command.add(c.toString()));
        command.addAll(sensorArgs);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Deque<String> log = new ArrayDeque<>();
        String line;
        while ((line = out.readLine()) != null) {
            keep(log, line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                long listening = System.nanoTime();
                Thread drain = new Thread(() -> drain(out, log), "bench-sensor-log");
                drain.setDaemon(true);
                drain.start();
                return new ChildSensor(p, Integer.parseInt(m.group(1)), m.group(2), token, listening, log);
            }
        }
        p.waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("the sensor did not start:\n" + String.join("\n", log));
    }

    private static void keep(Deque<String> log, String line) {
        synchronized (log) {
            log.addLast(line);
            if (log.size() > LOG_LINES) {
                log.removeFirst();
            }
        }
    }

    private static void drain(BufferedReader out, Deque<String> log) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                keep(log, line);
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** When the sensor said it listens ({@link System#nanoTime()}): its pipeline had started. */
    long listeningNanos() {
        return listeningNanos;
    }

    long pid() {
        return process.pid();
    }

    HttpRequest request(String path) {
        return get(path).build();
    }

    /** A GET that accepts a gzip-compressed answer, as the console and most HTTP clients ask. */
    HttpRequest compressedRequest(String path) {
        return get(path).header("Accept-Encoding", "gzip").build();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(120)).header("Authorization", token).GET();
    }

    HttpClient client() {
        return client;
    }

    JsonNode status() throws Exception {
        HttpResponse<String> r = client.send(request("/api/plantwatch/v1/status"), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("status answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    String recentLog() {
        synchronized (log) {
            return String.join("\n", log);
        }
    }

    /** SIGTERM, as an operator stops it (the sensor writes what is pending and closes its store). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
