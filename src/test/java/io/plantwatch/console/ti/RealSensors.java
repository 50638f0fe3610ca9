package io.plantwatch.console.ti;

import io.plantwatch.testing.SensorStartLine;
import io.plantwatch.console.sensors.Fingerprint;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real sensor processes from the packaged jar for TI tests: started with {@code --trust}, each can
 * be stopped and started again on the same port and data directory (same URL and certificate, as
 * an operator restarting a sensor). Not thread-safe; one per test.
 */
final class RealSensors implements AutoCloseable {
    record Sensor(String name, String url, String token, Fingerprint fingerprint, int port) {
    }

    private final Path work;
    private final Path jar;
    private final Map<String, Process> processes = new HashMap<>();

    RealSensors(Path work) {
        this.work = work;
        this.jar = Path.of(System.getProperty("plantwatch.jar", "target/plantwatch.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar);
    }

    Sensor start(String name, int port, Path trust, Path capture) throws Exception {
        Path data = work.resolve(name);
        String secret = null;
        if (!Files.exists(data.resolve("token-issued"))) {
            Process token = new ProcessBuilder(java(), "-jar", jar.toString(), "sensor", "token", "create", "--data",
                    data.toString(), "--name", "console").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            secret = new String(token.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!token.waitFor(60, TimeUnit.SECONDS) || token.exitValue() != 0) {
                throw new IllegalStateException("sensor token create failed for " + name);
            }
            Files.writeString(data.resolve("token-issued"), secret);
        } else {
            secret = Files.readString(data.resolve("token-issued"));
        }
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toString(), "sensor", "--name", name, "--data", data.toString(), "--listen", "127.0.0.1:" + port,
                "--trust", trust.toString(), "--fast", "--replay", capture.toString()));
        Path log = work.resolve(name + "-" + System.nanoTime() + ".err");
        Process process = new ProcessBuilder(command).redirectError(log.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        processes.put(name, process);
        SensorStartLine started = SensorStartLine.await(process, log, name, 120);
        return new Sensor(name, started.url(), secret, Fingerprint.parse(started.fingerprint()), started.port());
    }

    void stop(String name) throws InterruptedException {
        Process process = processes.remove(name);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (String name : new ArrayList<>(processes.keySet())) {
            stop(name);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
