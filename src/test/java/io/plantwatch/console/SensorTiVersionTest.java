package io.plantwatch.console;

import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.SyncListener;
import io.plantwatch.sensor.SensorConfig;
import io.plantwatch.sensor.SensorService;
import io.plantwatch.sensor.ti.TiPackageStore;
import io.plantwatch.sensor.tokens.TokenFile;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TI package version each sensor reports in its status is stored with the sensor: two real
 * sensor services on loopback, one with a TI package installed and one without.
 */
class SensorTiVersionTest {
    @TempDir
    Path work;

    @Test
    void theSyncStoresTheTiVersionTheSensorReports() throws Exception {
        Path withTi = work.resolve("with-ti");
        java.security.KeyPair keys = io.plantwatch.ti.format.SigningKeys.generate();
        io.plantwatch.ti.format.SigningKeys.write(keys, work.resolve("keys"));
        io.plantwatch.sensor.ti.TrustedKeys.install(withTi,
                List.of(work.resolve("keys").resolve(io.plantwatch.ti.format.SigningKeys.PUBLIC_FILE)));
        new TiPackageStore(withTi).apply(io.plantwatch.ti.TiSources.build(keys, "2026.11.2").zip());
        try (SensorService installed = start("with-ti", withTi);
             SensorService bare = start("bare", work.resolve("bare"));
             ConsoleServices console = ConsoleServices.open(work.resolve("console"), ConsoleFixture.FAST,
                     java.time.Clock.systemUTC())) {
            register(console, "with-ti", installed, withTi);
            register(console, "bare", bare, work.resolve("bare"));
            assertThat(console.sync().syncAll(SyncListener.NONE, Cancellation.none()).allSucceeded()).isTrue();
            assertThat(console.sensors().byName("with-ti").tiVersion()).isEqualTo("2026.11.2");
            assertThat(console.sensors().byName("bare").tiVersion()).isNull();
        }
    }

    private static SensorService start(String name, Path data) throws Exception {
        return SensorService.start(new SensorConfig(name, data, "127.0.0.1", 0, null,
                List.of(SharedData.pcap("modbus/ModbusTCP.pcap")), 0, false, 30), "test");
    }

    private static SensorRecord register(ConsoleServices console, String name, SensorService sensor, Path data)
            throws Exception {
        String token = new TokenFile(data).create("console");
        return console.sensors().add(name, "https://127.0.0.1:" + sensor.port(), token, "plant", "north",
                Fingerprint.parse(sensor.fingerprint()));
    }
}
