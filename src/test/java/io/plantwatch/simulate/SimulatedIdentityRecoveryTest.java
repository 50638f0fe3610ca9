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
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze} recovers every truth device's vendor, model and firmware from the protocols that
 * carry them (S7 SZL, Modbus FC 43/14, ENIP ListIdentity, BACnet readProperty, DNP3 device
 * attributes, LLDP system description) and, for hosts known only by their MAC, the vendor from the
 * OUI. The vendor matches when the reported name contains the truth's canonical name
 * ("Johnson Controls, Inc." contains "Johnson Controls"); model and firmware must be equal.
 *
 * <p>Needs the protocol decoders and the OUI table of issue 4: it fails until they are merged.
 */
class SimulatedIdentityRecoveryTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"factory", "building", "utility"})
    void analyzeRecoversVendorModelAndFirmware(String plant) {
        SimulationResult r = SimulatedCaptures.write(dir, plant, 13);
        AnalysisReport report = Analyzer.standard().analyze(r.files(), Progress.NONE);
        Map<String, Device> byMac = new HashMap<>();
        report.inventory().devices().forEach(d -> d.macs().forEach(m -> byMac.put(m, d)));
        for (Truth.TruthDevice truth : r.truth().devices()) {
            Device found = byMac.get(truth.macs().get(0));
            assertThat(found).as(truth.name()).isNotNull();
            assertThat(found.vendor()).as(truth.name() + " vendor").isNotNull();
            assertThat(found.vendor().toLowerCase(Locale.ROOT)).as(truth.name() + " vendor")
                    .contains(truth.vendor().toLowerCase(Locale.ROOT));
            if (truth.model() != null) {
                assertThat(found.model()).as(truth.name() + " model (" + truth.identitySource() + ")")
                        .isEqualTo(truth.model());
            }
            if (truth.firmware() != null) {
                assertThat(found.firmware()).as(truth.name() + " firmware (" + truth.identitySource() + ")")
                        .isEqualTo(truth.firmware());
            }
        }
    }
}
