package io.plantwatch.installer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantwatch.testing.SensorStartLine;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the Debian package with {@code installer/build-deb.sh} and uses what it installs: the
 * packaged sensor replays a real capture and serves HTTPS, the packaged console commands pin,
 * sync and list it, all on the trimmed runtime the package bundles (a module left out of it, such
 * as elliptic-curve TLS, fails here). jpackage takes minutes, so this runs only when asked:
 * {@code mvn -q verify -Dplantwatch.installer=true}.
 */
class InstallerIT {
    @TempDir
    Path work;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void packageDeclaresItsLibrariesAndItsSensorAndConsoleWork() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("plantwatch.installer"),
                "installer test not asked for (-Dplantwatch.installer=true): jpackage takes minutes");
        for (String tool : List.of("jpackage", "fakeroot", "dpkg-deb")) {
            Assumptions.assumeTrue(run(List.of("sh", "-c", "command -v " + tool), 10).exit() == 0,
                    tool + " is not installed");
        }
        Path debs = work.resolve("deb");
        Result build = run(List.of("installer/build-deb.sh", debs.toString()), 900);
        assertThat(build.exit()).as(build.output()).isZero();
        Path deb;
        try (var files = Files.list(debs)) {
            deb = files.filter(f -> f.toString().endsWith(".deb")).findFirst().orElseThrow();
        }

        String depends = run(List.of("dpkg-deb", "-f", deb.toString(), "Depends"), 30).output();
        assertThat(depends).as("loaded with dlopen, so declared by hand").contains("libgtk-3-0", "libpcap0.8");

        Path root = work.resolve("root");
        assertThat(run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), 60).exit()).isZero();
        String plantwatch = root.resolve("opt/plantwatch/bin/plantwatch").toString();

        Result token = run(List.of(plantwatch, "sensor", "token", "create", "--data", work.resolve("sensor").toString(),
                "--name", "console"), 60);
        assertThat(token.exit()).as(token.output()).isZero();
        String secret = token.output().strip().lines().reduce((first, last) -> last).orElseThrow();
        SensorStartLine listening = startSensor(plantwatch, SharedData.pcap("modbus/ModbusTCP.pcap"));

        String console = work.resolve("console").toString();
        Result added = run(List.of(plantwatch, "sensors", "add", "--data", console, "--name", "packaged",
                "--url", listening.url(), "--token", secret, "--site", "plant", "--zone", "north",
                "--fingerprint", listening.fingerprint()), 60);
        assertThat(added.exit()).as(added.output()).isZero();

        // The sensor publishes its inventory a moment after the replay: sync until the PLC is there.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        JsonNode devices = null;
        while (System.nanoTime() < deadline) {
            Result sync = run(List.of(plantwatch, "sync", "--data", console), 60);
            assertThat(sync.exit()).as(sync.output()).isZero();
            Result listed = run(List.of(plantwatch, "devices", "--data", console, "--json"), 60);
            devices = new ObjectMapper().readTree(listed.output());
            if (devices.toString().contains("141.81.0.44")) {
                break;
            }
            Thread.sleep(1000);
        }
        assertThat(devices).as("the PLC of ModbusTCP.pcap, synced from the packaged sensor").isNotNull();
        assertThat(devices.toString()).contains("141.81.0.44").contains("packaged");
    }

    private SensorStartLine startSensor(String plantwatch, Path capture) throws Exception {
        Path log = work.resolve("sensor.err");
        Process sensor = new ProcessBuilder(plantwatch, "sensor", "--name", "packaged", "--data",
                work.resolve("sensor").toString(), "--listen", "127.0.0.1:0", "--fast", "--replay", capture.toString())
                .redirectError(log.toFile()).redirectOutput(work.resolve("sensor.out").toFile()).start();
        started.add(sensor);
        return SensorStartLine.await(sensor, log, "packaged", 60);
    }

    private record Result(int exit, String output) {
    }

    /** Runs a command in the project directory; stdout and stderr together (stdout first for JSON). */
    private Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        return new Result(process.exitValue(), process.exitValue() == 0 ? stdout : stdout + stderr);
    }
}
