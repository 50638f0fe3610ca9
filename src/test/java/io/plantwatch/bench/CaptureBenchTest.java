package io.plantwatch.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench capture} on a tiny synthetic capture: every figure is printed and they add up. */
class CaptureBenchTest {
    @TempDir
    Path temp;

    @Test
    void tinyCapturePrintsConsistentFigures() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new CommandLine(new CaptureBench(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .execute("--size-mb", "2", "--runs", "2", "--no-tshark", "--dir", temp.toString());
        String printed = out.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(printed).isZero();
        Map<String, String> figures = new HashMap<>();
        for (String line : printed.split("\\R")) {
            String[] pair = line.split(": ", 2);
            assertThat(pair).as("a key: value line: %s", line).hasSize(2);
            figures.put(pair[0], pair[1]);
        }
        assertThat(Long.parseLong(figures.get("packets"))).isPositive();
        assertThat(Long.parseLong(figures.get("connections"))).isPositive();
        for (String rate : new String[] {"analyze_pps", "analyze_no_decoders_pps", "bare_loop_pps", "reader_pps",
            "analyze_thread_cpu_pps", "analyze_no_decoders_thread_cpu_pps"}) {
            assertThat(Long.parseLong(figures.get(rate))).as(rate).isPositive();
        }
        assertThat(Double.parseDouble(figures.get("analyze_vs_bare_loop_percent"))).isPositive();
        assertThat(Double.parseDouble(figures.get("analyze_vs_no_decoders_percent"))).isPositive();
        assertThat(Long.parseLong(figures.get("heap_peak_mb"))).isPositive()
                .isLessThanOrEqualTo(Long.parseLong(figures.get("heap_max_mb")));
    }
}
