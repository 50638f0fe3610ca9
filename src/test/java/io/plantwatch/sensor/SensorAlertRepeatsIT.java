package io.plantwatch.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.detect.Alert;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grouped repeats are visible through the API: a real sensor replaying the real bacnet_example.pcap
 * (a workstation sending reinitializeDevice to many controllers, several times each) serves each
 * restart alert once, with {@code occurrences} equal to the count {@code analyze} reports for it
 * and {@code lastSeen} at or after its time; after a restart on the same store the same replay adds
 * its sightings to the still-open alerts instead of raising new ones.
 */
class SensorAlertRepeatsIT {
    @TempDir
    Path temp;

    @Test
    void occurrencesCountTheGroupedRepeatsAcrossARestart() throws Exception {
        Path capture = SharedData.pcap("bacnet/bacnet_example.pcap");
        Map<String, Long> expected = new HashMap<>();
        for (Alert a : Analyzer.standard().analyze(List.of(capture), Progress.NONE).alerts()) {
            if ("restart".equals(a.rule())) {
                expected.put(a.source() + " -> " + a.destination(), a.count());
            }
        }
        assertThat(expected.values()).as("the capture repeats its restarts").anyMatch(n -> n > 1);
        Path data = temp.resolve("data");
        try (SensorProcess first = SensorProcess.start(data, "repeats", "--replay", capture.toString(), "--fast")) {
            first.awaitReplay();
            assertThat(occurrences(first)).isEqualTo(expected);
            first.stop();
        }
        Map<String, Long> doubled = new HashMap<>();
        expected.forEach((k, v) -> doubled.put(k, 2 * v));
        try (SensorProcess again = SensorProcess.start(data, "repeats", "--replay", capture.toString(), "--fast")) {
            again.awaitReplay();
            assertThat(occurrences(again)).isEqualTo(doubled);
        }
    }

    /** Occurrences of each restart alert, by "source -> destination"; fails on a duplicate alert. */
    private static Map<String, Long> occurrences(SensorProcess s) throws Exception {
        Map<String, Long> found = new HashMap<>();
        for (JsonNode a : s.get("/api/v1/alerts")) {
            if ("Device restart command".equals(a.get("title").asText())) {
                assertThat(a.get("lastSeen").asLong()).isGreaterThanOrEqualTo(a.get("time").asLong());
                Long before = found.put(a.get("sourceDeviceAddress").asText() + " -> "
                        + a.get("destinationDeviceAddress").asText(), a.get("occurrences").asLong());
                assertThat(before).as("one alert per pair").isNull();
            }
        }
        return found;
    }
}
