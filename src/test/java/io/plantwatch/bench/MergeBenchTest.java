package io.plantwatch.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench merge} on a small plant: it runs end to end and its figures add up (not how fast). */
class MergeBenchTest {
    @Test
    void smallPlantMergesNeighboursOverlapOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new CommandLine(new MergeBench(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .execute("--sensors", "6", "--devices", "100", "--sensors-per-zone", "3", "--overlap-percent", "20",
                        "--changed-percent", "10");

        assertThat(exit).isZero();
        Map<String, String> figures = new HashMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\\R")) {
            String[] pair = line.split(": ", 2);
            figures.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        assertThat(figures).containsKeys("devices_total", "full_sync_devices_per_s", "incremental_sync_ms",
                "full_sync_ms");
        assertThat(figures.get("devices_total")).isEqualTo("600");
        // Two zones of three sensors; each neighbour shares 20 of its 100 devices: 100 + 80 + 80 per zone.
        assertThat(figures.get("merged_devices")).isEqualTo("520");
        assertThat(figures.get("incremental_devices")).isEqualTo("60");
    }
}
