package io.plantwatch.simulate;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.inventory.Device;
import io.plantwatch.simulate.truth.Truth;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze} on a simulated capture finds every device of the truth file by MAC with its IPs. */
class SimulatedCaptureAnalysisTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"factory", "building", "utility"})
    void analyzeRecoversEveryTruthDeviceByMacAndIp(String plant) {
        SimulationResult r = SimulatedCaptures.write(dir, plant, 5);
        AnalysisReport report = Analyzer.standard().analyze(r.files(), Progress.NONE);

        assertThat(report.capture().packets()).isEqualTo(r.packets());
        assertThat(report.capture().bytes()).isEqualTo(r.frameBytes());
        assertThat(report.capture().malformed()).isZero();
        Map<String, Device> byMac = new HashMap<>();
        report.inventory().devices().forEach(d -> d.macs().forEach(m -> byMac.put(m, d)));
        for (Truth.TruthDevice truth : r.truth().devices()) {
            for (String mac : truth.macs()) {
                Device found = byMac.get(mac);
                assertThat(found).as("device " + truth.name() + " with MAC " + mac).isNotNull();
                assertThat(found.ips()).as(truth.name() + " IPs").containsAll(truth.ips());
            }
        }
        boolean intruder = r.truth().events().stream().anyMatch(e -> e.type().equals("new-device"));
        assertThat(r.truth().devices()).hasSize(80 + (intruder ? 1 : 0));
        assertThat(List.copyOf(byMac.keySet())).as("no MAC beyond the truth's")
                .allMatch(mac -> r.truth().devices().stream().anyMatch(d -> d.macs().contains(mac)));
    }
}
