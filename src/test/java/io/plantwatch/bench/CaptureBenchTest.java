package io.plantwatch.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench capture} on a tiny synthetic capture: every figure is printed and they add up. */
class CaptureBenchTest {
    @TempDir
    Path temp;

    @Test
    void tinyCapturePrintsConsistentFigures() {
        Map<String, String> figures = BenchRun.of(CaptureBench::new,
                "--size-mb", "2", "--runs", "2", "--no-tshark", "--dir", temp.toString()).figures();

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

    @Test
    void detectionCostComparesRunsOfOneJvm() {
        Map<String, String> figures = BenchRun.of(CaptureBench::new,
                "--size-mb", "2", "--runs", "1", "--no-tshark", "--detection", "--dir", temp.toString()).figures();

        assertThat(Long.parseLong(figures.get("analyze_in_one_jvm_pps"))).isPositive();
        assertThat(Long.parseLong(figures.get("analyze_no_detection_pps"))).isPositive();
        assertThat(Double.parseDouble(figures.get("detection_vs_no_detection_percent"))).isPositive();
        assertThat(figures).containsKeys("detection_ms", "evidence_ring_pps", "alerts", "analyze_learn_alerts");
    }
}
