package io.plantwatch.cli.ti;

import io.plantwatch.cli.LauncherRun;
import io.plantwatch.ti.TiSources;
import io.plantwatch.ti.content.PackageFiles;
import io.plantwatch.ti.format.Manifest;
import io.plantwatch.ti.format.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ti trust add|list|remove} on a console data directory, and {@code ti push} refusing a
 * tampered package or one from an untrusted publisher before it reaches any sensor (the refusal
 * comes before the targets are even chosen, so no sensor is needed to show it).
 */
class TiTrustCommandTest {
    @TempDir
    Path dir;

    /** What the last {@link #run} printed. */
    private String out = "";
    private String err = "";

    private int run(String... args) {
        LauncherRun result = LauncherRun.of(args);
        out = result.out();
        err = result.err();
        return result.code();
    }

    @Test
    void trustedKeysAreManagedAndPushRefusesWhatTheyDoNotVerify() throws Exception {
        KeyPair keys = SigningKeys.generate();
        SigningKeys.write(keys, dir.resolve("keys"));
        String id = SigningKeys.keyId(keys.getPublic());
        String data = dir.resolve("console").toString();
        byte[] good = TiSources.build(keys, "2026.11.29").zip();
        Path pkg = dir.resolve("ti.zip");
        Files.write(pkg, good);
        Path altered = dir.resolve("altered.zip");
        Files.write(altered, TiSources.rewrite(good, PackageFiles.VULNERABILITIES, b -> TiSources.flipByte(b, 10)));
        Path badSignature = dir.resolve("bad-sig.zip");
        Files.write(badSignature, TiSources.rewrite(good, Manifest.SIGNATURE, TiSources::flipSignatureByte));

        assertThat(run("ti", "push", pkg.toString(), "--all", "--data", data)).isEqualTo(1);
        assertThat(err.toString()).contains("rejected: signed by key " + id + ", which is not trusted (trusted: none)",
                "ti trust add");

        assertThat(run("ti", "trust", "add", dir.resolve("keys/ti-signing.pub").toString(), "--data", data)).isZero();
        assertThat(out.toString()).isEqualTo("trusted: " + id + System.lineSeparator());
        assertThat(run("ti", "trust", "list", "--data", data)).isZero();
        assertThat(out.toString()).startsWith(id + "\t");

        assertThat(run("ti", "push", altered.toString(), "--all", "--data", data)).isEqualTo(1);
        assertThat(err.toString()).contains("rejected: file altered: SHA-256 of vulnerabilities.json");
        assertThat(run("ti", "push", badSignature.toString(), "--all", "--data", data)).isEqualTo(1);
        assertThat(err.toString()).contains("rejected: bad signature");
        // the good package passes the console's check and fails only for want of sensors
        assertThat(run("ti", "push", pkg.toString(), "--all", "--data", data)).isEqualTo(1);
        assertThat(err.toString()).contains("no target sensors").doesNotContain("rejected");

        assertThat(run("ti", "trust", "remove", id, "--data", data)).isZero();
        assertThat(run("ti", "trust", "list", "--data", data)).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(run("ti", "trust", "remove", id, "--data", data)).isEqualTo(1);
        assertThat(err.toString()).contains("no trusted key " + id);
        assertThat(run("ti", "push", pkg.toString(), "--all", "--data", data)).isEqualTo(1);
        assertThat(err.toString()).contains("which is not trusted");
    }
}
