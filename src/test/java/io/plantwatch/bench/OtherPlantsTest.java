package io.plantwatch.bench;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.inventory.Device;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plants a sensor benchmark warms up on: replayed from the highest number down and then the
 * standard capture, time only moves forward, and no plant shares a device address with another.
 */
class OtherPlantsTest {
    @TempDir
    Path dir;

    private AnalysisReport analyze(SyntheticCapture generator, String name) throws Exception {
        Path file = dir.resolve(name);
        generator.write(file, 1_000_000L);
        return Analyzer.standard().analyze(List.of(file), Progress.NONE);
    }

    @Test
    void plantsAreDisjointAndInTimeOrder() throws Exception {
        List<AnalysisReport> inReplayOrder = List.of(analyze(SyntheticCapture.otherPlant(3), "p3.pcap"),
                analyze(SyntheticCapture.otherPlant(2), "p2.pcap"), analyze(SyntheticCapture.otherPlant(1), "p1.pcap"),
                analyze(SyntheticCapture.standard(), "standard.pcap"));

        Set<String> addresses = new HashSet<>();
        int total = 0;
        long previousEnd = Long.MIN_VALUE;
        for (AnalysisReport r : inReplayOrder) {
            assertThat(r.capture().firstSeen()).isGreaterThan(previousEnd);
            previousEnd = r.capture().lastSeen();
            for (Device d : r.inventory().devices()) {
                addresses.addAll(d.macs());
                addresses.addAll(d.ips());
                total += d.macs().size() + d.ips().size();
            }
        }
        assertThat(total).isGreaterThan(1000);
        assertThat(addresses).hasSize(total);
    }

    @Test
    void plantNumbersOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> SyntheticCapture.otherPlant(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticCapture.otherPlant(6)).isInstanceOf(IllegalArgumentException.class);
    }
}
