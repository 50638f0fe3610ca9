package io.plantwatch.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** tshark opening a pcap we wrote (evidence): the frames a display filter keeps, one line each. */
public final class TsharkFilter {
    private TsharkFilter() {
    }

    /** tshark's lines for the frames {@code filter} keeps; asserts tshark opens the file; skips without tshark. */
    public static String frames(Path pcap, String filter) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tshark")), "tshark is not installed");
        Process p = new ProcessBuilder("tshark", "-n", "-r", pcap.toString(), "-Y", filter)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("tshark opens the evidence").isZero();
        return out;
    }
}
