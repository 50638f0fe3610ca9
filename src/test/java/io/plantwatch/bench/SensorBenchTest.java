package io.plantwatch.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench sensor} on a tiny synthetic capture: a real child sensor replays it (after a warm-up
 * capture of another plant) with its store and HTTPS API running, and the printed figures add up
 * (not how fast: that is the benchmark's job).
 */
class SensorBenchTest {
    @TempDir
    Path temp;

    @Test
    void tinyReplayPrintsConsistentFigures() throws Exception {
        BenchRun run = BenchRun.of(SensorBench::new, "--size-mb", "2", "--warm-up-mb", "1", "--runs", "1",
                "--min-devices", "1", "--dir", temp.toString());
        Map<String, String> figures = run.figures();
        String printed = run.printed();
        long packets = Long.parseLong(figures.get("packets"));
        assertThat(packets).isPositive();
        assertThat(figures.get("sensor_packets")).as("the sensor replays every packet").isEqualTo(String.valueOf(packets));
        long warmUpPackets = Long.parseLong(figures.get("sensor_warm_up_packets"));
        assertThat(warmUpPackets).isPositive();
        // A 1 MB warm-up may be over before the first poll: its rate is then 0, not measured.
        assertThat(Long.parseLong(figures.get("sensor_warm_up_pps"))).isNotNegative();
        assertThat(Long.parseLong(figures.get("sensor_devices"))).isPositive();
        assertThat(Long.parseLong(figures.get("sensor_connections"))).isPositive();
        assertThat(Long.parseLong(figures.get("sensor_replay_pps"))).isPositive();
        assertThat(Long.parseLong(figures.get("analyze_pps"))).isPositive();
        assertThat(Double.parseDouble(figures.get("sensor_vs_analyze_percent"))).isPositive();
        long stored = Long.parseLong(figures.get("sensor_stored_pps"));
        assertThat(stored).as("storing everything takes at least as long as decoding it").isPositive()
                .isLessThanOrEqualTo(Long.parseLong(figures.get("sensor_replay_pps")));
        assertThat(Long.parseLong(figures.get("sensor_store_lag_ms"))).isNotNegative();
        // Thread CPU comes from /proc in 10 ms ticks, and the measured stretch of a 2 MB replay after
        // the warm-up may take less: the lines must be there, none negative (CPU spent before the
        // stretch is taken off, not counted twice).
        assertThat(figures.keySet().stream().filter(k -> k.startsWith("sensor_cpu_")))
                .contains("sensor_cpu_pipeline_s", "sensor_cpu_writer_s", "sensor_cpu_jit_s");
        assertThat(figures.entrySet().stream().filter(e -> e.getKey().startsWith("sensor_cpu_"))
                .mapToDouble(e -> Double.parseDouble(e.getValue()))).as(printed).allMatch(v -> v >= 0);
        assertThat(Integer.parseInt(figures.get("devices_api_requests"))).isPositive();
        assertThat(Long.parseLong(figures.get("devices_api_max_devices"))).isPositive()
                .isLessThanOrEqualTo(Long.parseLong(figures.get("sensor_devices")));
        double p50 = Double.parseDouble(figures.get("devices_api_p50_ms"));
        assertThat(p50).isPositive().isLessThanOrEqualTo(Double.parseDouble(figures.get("devices_api_p99_ms")));
        try (var left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("the sensor's store is removed")
                    .containsExactlyInAnyOrder("synthetic-2mb.pcap", "synthetic-other-plant-1mb.pcap");
        }
    }

    @Test
    void comparingDetectionReplaysTwiceAndTheOffSideRaisesNothing() throws Exception {
        BenchRun run = BenchRun.of(SensorBench::new, "--size-mb", "2", "--warm-up-mb", "0", "--runs", "1",
                "--min-devices", "1", "--dir", temp.toString(), "--compare-detection");
        Map<String, String> figures = run.figures();
        String printed = run.printed();
        assertThat(Long.parseLong(figures.get("sensor_replay_no_detection_pps"))).isPositive();
        assertThat(Double.parseDouble(figures.get("detection_replay_speed_percent"))).isPositive();
        // The pipeline of a 2 MB replay may round to 0.00 s; the whole sensor's work cannot.
        assertThat(Double.parseDouble(figures.get("sensor_no_detection_cpu_pipeline_s"))).as(printed).isNotNegative();
        assertThat(Double.parseDouble(figures.get("sensor_no_detection_work_cpu_s"))).as(printed).isPositive();
        assertThat(figures.get("sensor_alerts_no_detection")).as("detection off raises nothing").isEqualTo("0");
        assertThat(figures).containsKeys("detection_cpu_overhead_percent", "detection_pipeline_cpu_overhead_percent",
                "detection_writer_cpu_overhead_percent", "sensor_work_cpu_s", "sensor_no_detection_work_cpu_s",
                "sensor_alerts");
    }
}
