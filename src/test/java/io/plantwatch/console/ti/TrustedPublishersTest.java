package io.plantwatch.console.ti;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.ti.TiSources;
import io.plantwatch.ti.content.PackageFiles;
import io.plantwatch.ti.format.Manifest;
import io.plantwatch.ti.format.PackageRejectedException;
import io.plantwatch.ti.format.SigningKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The console's own trusted publisher keys, on a real H2 store: kept across restarts, and every
 * package verified against them (tampered files or signature, untrusted or removed key refused).
 */
class TrustedPublishersTest {
    private static KeyPair keys;
    private static byte[] good;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() {
        keys = SigningKeys.generate();
        good = TiSources.build(keys, "2026.11.29").zip();
    }

    private Path publicKey() throws Exception {
        Path keyDir = dir.resolve("keys");
        if (!Files.exists(keyDir.resolve(SigningKeys.PUBLIC_FILE))) {
            SigningKeys.write(keys, keyDir);
        }
        return keyDir.resolve(SigningKeys.PUBLIC_FILE);
    }

    @Test
    void keysAreKeptInTheStoreAcrossRestartsAndCanBeRemoved() throws Exception {
        String id = SigningKeys.keyId(keys.getPublic());
        try (ConsoleServices console = ConsoleServices.open(dir.resolve("console"))) {
            assertThat(console.tiPublishers().list()).isEmpty();
            PublisherKey added = console.tiPublishers().add(publicKey());
            assertThat(added.keyId()).isEqualTo(id);
            assertThat(console.tiPublishers().add(publicKey()).addedAt()).as("adding twice keeps the first")
                    .isEqualTo(added.addedAt());
        }
        Files.delete(publicKey());
        try (ConsoleServices console = ConsoleServices.open(dir.resolve("console"))) {
            assertThat(console.tiPublishers().list()).extracting(PublisherKey::keyId).containsExactly(id);
            assertThat(console.tiPublishers().verify(good, List.of()).manifest().version()).isEqualTo("2026.11.29");
            assertThat(console.tiPublishers().remove(id)).isTrue();
            assertThat(console.tiPublishers().remove(id)).isFalse();
            assertThatThrownBy(() -> console.tiPublishers().verify(good, List.of()))
                    .isInstanceOf(PackageRejectedException.class)
                    .hasMessageStartingWith("signed by key " + id + ", which is not trusted (trusted: none)")
                    .hasMessageContaining("ti trust add");
        }
    }

    @Test
    void aFileThatIsNoKeyIsRefused() throws Exception {
        Path notAKey = dir.resolve("not-a-key.pub");
        Files.writeString(notAKey, "hello\n");
        try (ConsoleServices console = ConsoleServices.open(dir.resolve("console"))) {
            assertThatThrownBy(() -> console.tiPublishers().add(notAKey)).hasMessageContaining("no '-----BEGIN PUBLIC KEY-----'");
            assertThat(console.tiPublishers().list()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PackageFiles.VULNERABILITIES, PackageFiles.ATTACK, PackageFiles.OUI,
            PackageFiles.BUILD_REPORT, Manifest.SIGNATURE, Manifest.FILE})
    void oneFlippedByteInAnyFileOrTheSignatureIsRefused(String file) throws Exception {
        byte[] tampered = Manifest.SIGNATURE.equals(file)
                ? TiSources.rewrite(good, file, TiSources::flipSignatureByte)
                : Manifest.FILE.equals(file)
                ? TiSources.rewrite(good, file, b -> new String(b).replace("2026.11.29", "2026.11.39").getBytes())
                : TiSources.rewrite(good, file, b -> TiSources.flipByte(b, b.length / 2));
        try (ConsoleServices console = ConsoleServices.open(dir.resolve("console"))) {
            console.tiPublishers().add(publicKey());
            assertThatThrownBy(() -> console.tiPublishers().verify(tampered, List.of()))
                    .isInstanceOf(PackageRejectedException.class)
                    .hasMessageStartingWith(file.startsWith("manifest") ? "bad signature:"
                            : "file altered: SHA-256 of " + file);
        }
    }

    @Test
    void aPackageSignedByAnotherKeyIsRefusedUnlessThatKeyIsGivenForThisPush() throws Exception {
        KeyPair other = SigningKeys.generate();
        try (ConsoleServices console = ConsoleServices.open(dir.resolve("console"))) {
            console.tiPublishers().add(publicKey());
            byte[] signedByOther = TiSources.build(other, "2026.12.01").zip();
            assertThatThrownBy(() -> console.tiPublishers().verify(signedByOther, List.of()))
                    .hasMessageStartingWith("signed by key " + SigningKeys.keyId(other.getPublic()) + ", which is not trusted (trusted: "
                            + SigningKeys.keyId(keys.getPublic()) + ")");
            assertThat(console.tiPublishers().verify(signedByOther, List.of(other.getPublic())).manifest().version())
                    .isEqualTo("2026.12.01");
        }
    }
}
