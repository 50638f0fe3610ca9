package io.plantwatch.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench merge} on a small plant: it runs end to end and its figures add up (not how fast). */
class MergeBenchTest {
    @Test
    void smallPlantMergesNeighboursOverlapOnce() {
        Map<String, String> figures = BenchRun.of(MergeBench::new, "--sensors", "6", "--devices", "100",
                "--sensors-per-zone", "3", "--overlap-percent", "20", "--changed-percent", "10").figures();

        assertThat(figures).containsKeys("devices_total", "full_sync_devices_per_s", "incremental_sync_ms",
                "full_sync_ms");
        assertThat(figures.get("devices_total")).isEqualTo("600");
        // Two zones of three sensors; each neighbour shares 20 of its 100 devices: 100 + 80 + 80 per zone.
        assertThat(figures.get("merged_devices")).isEqualTo("520");
        assertThat(figures.get("incremental_devices")).isEqualTo("60");
    }
}
