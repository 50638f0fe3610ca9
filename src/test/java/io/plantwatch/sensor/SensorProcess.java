package io.plantwatch.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.sensors.PinnedTrustManager;
import org.junit.jupiter.api.Assumptions;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real sensor process ({@code java -jar target/plantwatch.jar sensor ...}) on loopback, with a
 * real HTTPS client that pins the certificate fingerprint the sensor printed with the console's own
 * {@link PinnedTrustManager}.
 */
final class SensorProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on https://[^:]+:(\\d+)/ certificate SHA-256 (\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path data;
    private final Process process;
    final int port;
    final String fingerprint;
    final HttpClient client;
    final List<String> log = new ArrayList<>();
    String token;

    private SensorProcess(Path data, Process process, int port, String fingerprint) throws Exception {
        this.data = data;
        this.process = process;
        this.port = port;
        this.fingerprint = fingerprint;
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new PinnedTrustManager(Fingerprint.parse(fingerprint))}, null);
        this.client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("plantwatch.jar", "target/plantwatch.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar + " (run mvn package)");
        return jar;
    }

    static SensorProcess start(Path data, String name, String... sourceArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar().toString(), "sensor",
                "--name", name, "--data", data.toString(), "--listen", "127.0.0.1:0"));
        command.addAll(List.of(sourceArgs));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 60_000;
        String line;
        while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
            lines.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                SensorProcess s = new SensorProcess(data, p, Integer.parseInt(m.group(1)), m.group(2));
                s.log.addAll(lines);
                Thread drain = new Thread(() -> drain(out, s.log), "sensor-log-" + name);
                drain.setDaemon(true);
                drain.start();
                s.token = run("sensor", "token", "create", "--data", data.toString(), "--name", "it").strip();
                return s;
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("sensor did not start:\n" + String.join("\n", lines));
    }

    private static void drain(BufferedReader out, List<String> log) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                synchronized (log) {
                    log.add(line);
                }
            }
        } catch (IOException e) {
            // process ended
        }
    }

    /** Runs a plantwatch command to its end; returns its stdout. */
    static String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("command failed: " + command);
        }
        return out;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    URI uri(String pathAndQuery) {
        return URI.create("https://127.0.0.1:" + port + pathAndQuery);
    }

    HttpResponse<String> send(String method, String pathAndQuery, String authorization, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = send("GET", pathAndQuery, token, null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** The alerts of one engine ("Malware", "Operational", ...). */
    List<JsonNode> alerts(String engine) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        get("/api/v1/alerts").forEach(a -> {
            if (engine.equals(a.get("engine").asText())) {
                found.add(a);
            }
        });
        return found;
    }

    /** Waits until the replay is finished and stored. */
    void awaitReplay() throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if ("REPLAY_FINISHED".equals(get("/api/plantwatch/v1/status").get("captureState").asText())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("replay did not finish:\n" + String.join("\n", log));
    }

    /** SIGTERM, as an operator stops it; waits for the clean shutdown. */
    void stop() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** SIGKILL, as a power cut or the OOM killer ends it: nothing is flushed or closed. */
    void kill() throws Exception {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the sensor process did not die");
        }
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            stop();
        }
    }
}
