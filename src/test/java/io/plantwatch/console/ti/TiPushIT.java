package io.plantwatch.console.ti;

import io.plantwatch.cli.Launcher;
import io.plantwatch.console.ConsoleServices;
import io.plantwatch.testing.SharedData;
import io.plantwatch.ti.TiSources;
import io.plantwatch.ti.format.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9's acceptance: ten real sensor processes, one stopped; {@code ti push --all} gives nine OK
 * with the new version in their status and one failure with its reason; after starting it again,
 * {@code ti push --retry-failed} brings all ten to OK.
 */
class TiPushIT {
    @TempDir
    Path work;

    @Test
    void tenSensorsOneStoppedThenRetried() throws Exception {
        KeyPair keys = SigningKeys.generate();
        SigningKeys.write(keys, work.resolve("keys"));
        Path trust = work.resolve("keys").resolve(SigningKeys.PUBLIC_FILE);
        Path pkg = work.resolve("ti.zip");
        Files.write(pkg, TiSources.build(keys, "2026.11.29").zip());
        Path capture = SharedData.pcap("modbus/ModbusTCP.pcap");
        Path consoleData = work.resolve("console");

        try (RealSensors sensors = new RealSensors(work)) {
            List<RealSensors.Sensor> started = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                started.add(sensors.start(String.format("s%02d", i), 0, trust, capture));
            }
            try (ConsoleServices console = ConsoleServices.open(consoleData)) {
                for (RealSensors.Sensor s : started) {
                    console.sensors().add(s.name(), s.url(), s.token(), "plant", "zone-" + (s.port() % 2),
                            s.fingerprint());
                }
            }
            RealSensors.Sensor stopped = started.get(6);
            sensors.stop(stopped.name());

            Result trusted = run("ti", "trust", "add", trust.toString(), "--data", consoleData.toString());
            assertThat(trusted.exit).as(trusted.err).isZero();
            Result first = run("ti", "push", pkg.toString(), "--all", "--data", consoleData.toString());
            assertThat(first.exit).as(first.out).isEqualTo(1);
            for (RealSensors.Sensor s : started) {
                if (s == stopped) {
                    assertThat(first.out).containsPattern(s.name() + ": FAILED .*(Connect|connect|refused)");
                } else {
                    assertThat(first.out).contains(s.name() + ": OK 2026.11.29");
                }
            }
            assertThat(first.out).contains("ok: 9", "failed: 1");

            sensors.start(stopped.name(), stopped.port(), trust, capture);
            Result retry = run("ti", "push", "--retry-failed", "--data", consoleData.toString());
            assertThat(retry.exit).as(retry.out + retry.err).isZero();
            assertThat(retry.out).contains("to 1 sensors", stopped.name() + ": OK 2026.11.29", "ok: 10", "failed: 0");
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
