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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze} recovers every truth device's vendor, model and firmware from the protocols that
 * carry them (S7 SZL, Modbus FC 43/14, ENIP ListIdentity, BACnet readProperty, DNP3 device
 * attributes, LLDP-MED inventory) and, for hosts known only by their MAC, the vendor from the
 * OUI. The vendor matches when the reported name contains the truth's canonical name
 * ("Johnson Controls, Inc." contains "Johnson Controls"); model and firmware must be equal.
 *
 * <p>Also: the protocol statistics of {@code analyze} (function codes per DESIGN.md key, protocol
 * names) equal tshark's on the same capture.
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
        List<String> wrong = new ArrayList<>();
        for (Truth.TruthDevice truth : r.truth().devices()) {
            Device found = byMac.get(truth.macs().get(0));
            String who = truth.name() + " (" + truth.identitySource() + "): ";
            if (found == null) {
                wrong.add(who + "not found");
                continue;
            }
            if (found.vendor() == null
                    || !found.vendor().toLowerCase(Locale.ROOT).contains(truth.vendor().toLowerCase(Locale.ROOT))) {
                wrong.add(who + "vendor " + found.vendor() + ", expected " + truth.vendor());
            }
            if (truth.model() != null && !truth.model().equals(found.model())) {
                wrong.add(who + "model " + found.model() + ", expected " + truth.model());
            }
            if (truth.firmware() != null && !truth.firmware().equals(found.firmware())) {
                wrong.add(who + "firmware " + found.firmware() + ", expected " + truth.firmware());
            }
        }
        assertThat(wrong).as(plant + ": identities analyze did not recover").isEmpty();
    }

    /** DESIGN.md function keys and the tshark fields they count (masked as the shared truth is). */
    private static final String[][] FUNCTION_FIELDS = {
        {"modbus", "modbus.func_code", "127"}, {"s7comm", "s7comm.param.func", "255"},
        {"dnp3", "dnp3.al.func", "255"}, {"enip", "enip.command", "65535"}, {"cip", "cip.sc", "127"},
        {"bacapp_confirmed", "bacapp.confirmed_service", "255"},
        {"bacapp_unconfirmed", "bacapp.unconfirmed_service", "255"},
        {"iec60870_asdu", "iec60870_asdu.typeid", "255"}};

    @ParameterizedTest
    @ValueSource(strings = {"factory", "building", "utility"})
    void analyzeProtocolStatisticsMatchTshark(String plant) {
        TsharkTool.assumeInstalled();
        SimulationResult r = SimulatedCaptures.write(dir, plant, 13);
        Path capture = r.files().get(0);
        AnalysisReport report = Analyzer.standard().analyze(r.files(), Progress.NONE);
        for (String[] key : FUNCTION_FIELDS) {
            Map<Integer, Long> theirs = new TreeMap<>();
            for (String[] row : TsharkTool.fields(capture, key[1], key[1])) {
                for (String value : row[0].split("\\|")) {
                    theirs.merge(Integer.decode(value) & Integer.parseInt(key[2]), 1L, Long::sum);
                }
            }
            Map<Integer, Long> ours = new TreeMap<>(report.inventory().functions().getOrDefault(key[0], Map.of()));
            assertThat(ours).as(plant + " " + key[0] + " function codes").isEqualTo(theirs);
        }
        Set<String> tsharkProtocols = new TreeSet<>();
        TsharkTool.fields(capture, null, "frame.protocols")
                .forEach(row -> tsharkProtocols.addAll(List.of(row[0].split(":"))));
        List<String> expected = switch (plant) {
            case "factory" -> List.of("s7comm", "modbus", "enip", "cip", "lldp", "dhcp", "dns", "tls");
            case "building" -> List.of("bacapp", "bvlc", "s7comm", "modbus", "lldp", "dhcp", "dns", "tls");
            default -> List.of("dnp3", "iec60870_104", "iec60870_asdu", "modbus", "lldp", "dhcp", "dns", "tls");
        };
        assertThat(report.inventory().protocols().keySet()).as("protocol names").isSubsetOf(tsharkProtocols)
                .containsAll(expected);
    }
}
