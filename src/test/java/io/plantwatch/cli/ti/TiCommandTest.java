package io.plantwatch.cli.ti;

import io.plantwatch.cli.LauncherRun;
import io.plantwatch.ti.TiSources;
import io.plantwatch.ti.format.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ti keygen/build/verify/info} end to end on the real feeds, through the jar's entry point. */
class TiCommandTest {
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
    void keygenBuildVerifyInfoAndRejection() throws Exception {
        Path sources = TiSources.root();
        Files.writeString(dir.resolve("iocs.csv"), "ip,203.0.113.7,C2\nnot-a-type,foo\n");
        assertThat(run("ti", "keygen", "--out", dir.resolve("keys").toString())).isZero();
        assertThat(run("ti", "keygen", "--out", dir.resolve("other").toString())).isZero();
        Path pkg = dir.resolve("ti.zip");
        assertThat(run("ti", "build", "--csaf", sources.resolve("csaf").toString(),
                "--attack", sources.resolve("attack/ics-attack.json").toString(), "--oui", sources.resolve("oui").toString(),
                "--indicators", dir.resolve("iocs.csv").toString(), "--key", dir.resolve("keys/ti-signing.key").toString(),
                "--version", "2026.11.29", "--created", "2026-11-29T00:00:00Z", "--out", pkg.toString())).isZero();
        assertThat(out.toString()).contains("version: 2026.11.29", "techniques: 83", "indicators: 1",
                "not used: 1 x indicators: line not understood", "e.g. iocs.csv:2: not-a-type,foo",
                "x csaf: version range not understood", "not used: 3 x oui: duplicate assignment");

        assertThat(run("ti", "verify", "--trust", dir.resolve("keys/ti-signing.pub").toString(), pkg.toString())).isZero();
        assertThat(out.toString()).contains("verified: ", "version: 2026.11.29");
        assertThat(run("ti", "info", pkg.toString())).isZero();
        assertThat(out.toString()).contains("publisher: Plantwatch TI builder", "file: oui.csv ");

        assertThat(run("ti", "verify", "--trust", dir.resolve("other/ti-signing.pub").toString(), pkg.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("rejected: signed by key", "which is not trusted");

        Path tampered = dir.resolve("tampered.zip");
        Files.write(tampered, TiSources.rewrite(Files.readAllBytes(pkg), Manifest.SIGNATURE, TiSources::flipSignatureByte));
        assertThat(run("ti", "verify", "--trust", dir.resolve("keys/ti-signing.pub").toString(), tampered.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("rejected: bad signature");
    }
}
