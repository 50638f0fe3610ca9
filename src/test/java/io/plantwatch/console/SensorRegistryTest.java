package io.plantwatch.console;

import io.plantwatch.bench.lightsensor.LightSensor;
import io.plantwatch.console.sensors.CertificateRefusedException;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.sensors.SensorRegistry;
import io.plantwatch.console.sensors.TokenStore;
import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.console.store.SensorRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adding sensors: certificate pinning, where tokens go and who may read the console's files. */
class SensorRegistryTest {
    private static final String TOKEN = "s3cr3t-token-0123456789abcdef";

    @TempDir
    Path home;
    private Path data;
    private ConsoleFixture fixture;
    private LightSensor sensor;

    @BeforeEach
    void start() throws Exception {
        data = home.resolve("console-data");
        fixture = new ConsoleFixture(data);
        sensor = LightSensor.plantwatch("north-1", TOKEN, ConsoleFixture.generated(1, 3, 1L), ConsoleFixture.keys());
    }

    @AfterEach
    void close() {
        fixture.close();
        sensor.close();
    }

    @Test
    void probeShowsTheFingerprintAndAddPinsIt() throws Exception {
        SensorRegistry registry = fixture.console().sensors();
        Fingerprint expected = Fingerprint.of(ConsoleFixture.keys().certificate());

        SensorRegistry.Probe probe = registry.probe(sensor.url());
        SensorRecord added = registry.add("north-1", sensor.url(), TOKEN, "plant", "north", probe.fingerprint());

        assertThat(probe.fingerprint()).isEqualTo(expected);
        assertThat(probe.fingerprint().toString()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(added.fingerprint()).isEqualTo(expected.toString());
        assertThat(added.health()).isEqualTo(SensorHealth.OUT_OF_SYNC);
        assertThat(added.siteName()).isEqualTo("plant");
        assertThat(added.zoneName()).isEqualTo("north");
    }

    @Test
    void aFingerprintOtherThanThePresentedOneIsRefusedAndNothingIsStored() {
        Fingerprint wrong = Fingerprint.of(ConsoleFixture.otherKeys().certificate());

        assertThatThrownBy(() -> fixture.console().sensors().add("north-1", sensor.url(), TOKEN, "plant", "north", wrong))
                .isInstanceOf(CertificateRefusedException.class)
                .hasMessageContaining(wrong.toString())
                .hasMessageContaining(Fingerprint.of(ConsoleFixture.keys().certificate()).toString());
        assertThat(fixture.console().sensors().list()).isEmpty();
        assertThat(fixture.console().topology().sites()).isEmpty();
        assertThat(data.resolve(TokenStore.FILE_NAME)).doesNotExist();
    }

    @Test
    void onlyHttpsIsAccepted() {
        assertThatThrownBy(() -> fixture.console().sensors().probe("http://127.0.0.1:" + sensor.port()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HTTPS only");
    }

    @Test
    void tokensLiveInAnOwnerOnlyFileAndNeverInTheStore() throws Exception {
        fixture.register("north-1", sensor, "plant", "north");
        fixture.console().sensors().add("north-2", sensor.url(), TOKEN, "plant", "north",
                Fingerprint.of(ConsoleFixture.keys().certificate()));
        fixture.closeConsole();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.filter(Files::isRegularFile)).isNotEmpty().allSatisfy(file ->
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                            .as(file.getFileName().toString()).isEqualTo("rw-------"));
        }
        assertThat(Files.readString(data.resolve(TokenStore.FILE_NAME))).contains(TOKEN);
        byte[] store = Files.readAllBytes(data.resolve("console.mv.db"));
        assertThat(new String(store, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN)
                .contains("north-1");
    }

    @Test
    void removingASensorRemovesItsToken() throws Exception {
        SensorRecord added = fixture.register("north-1", sensor, "plant", "north");

        fixture.console().sensors().remove("north-1");

        assertThat(new TokenStore(data).token(added.id())).isEmpty();
        assertThat(fixture.console().sensors().list()).isEmpty();
    }

    @Test
    void fingerprintsParseInTheUsualSpellings() {
        Fingerprint fingerprint = Fingerprint.of(ConsoleFixture.keys().certificate());
        String hex = fingerprint.hex();

        assertThat(Fingerprint.parse(hex.toLowerCase())).isEqualTo(fingerprint);
        assertThat(Fingerprint.parse("SHA256:" + fingerprint)).isEqualTo(fingerprint);
        assertThatThrownBy(() -> Fingerprint.parse("AB:CD")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 hex digits");
    }
}
