package io.plantwatch.simulate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every frame the simulator writes is valid for Wireshark: no malformed packet and no expert
 * error in any plant, events included, and every protocol the plant speaks is dissected by name.
 */
class SimulatedCaptureTsharkTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"factory", "building", "utility"})
    void tsharkFindsNoMalformedPacketAndNoError(String plant) {
        TsharkTool.assumeInstalled();
        SimulationResult r = SimulatedCaptures.write(dir, plant, 7);
        Path capture = r.files().get(0);

        String expert = TsharkTool.run(capture, "-q", "-z", "expert");
        assertThat(expert).doesNotContain("Errors (").doesNotContain("Malformed");
        assertThat(TsharkTool.fields(capture, "_ws.malformed || _ws.expert.severity >= 8388608", "frame.number"))
                .as("frames tshark calls malformed or errored").isEmpty();
        assertThat(TsharkTool.fields(capture, "tcp.analysis.flags", "frame.number"))
                .as("frames with TCP analysis findings (lost segments, bad acks, retransmissions, window problems)")
                .isEmpty();

        assertThat(TsharkTool.fields(capture, "tcp.len > 0 && !(s7comm || cotp || mbtcp || enip || dnp3 || iec60870_104"
                + " || http || tls || ftp)", "frame.number", "tcp.srcport", "tcp.dstport"))
                .as("TCP payload tshark could not dissect as its protocol (a length field that does not match)")
                .isEmpty();
        assertThat(TsharkTool.fields(capture, "udp && !(dns || dhcp || ntp || bvlc)", "frame.number"))
                .as("UDP payload tshark could not dissect").isEmpty();

        List<String[]> rows = TsharkTool.fields(capture, null, "frame.protocols");
        assertThat(rows).hasSize((int) r.packets());
        Set<String> protocols = new TreeSet<>();
        rows.forEach(row -> protocols.addAll(List.of(row[0].split(":"))));
        assertThat(protocols).contains("arp", "lldp", "dhcp", "dns", "ntp", "http", "tls", "ftp");
        switch (plant) {
            case "factory" -> assertThat(protocols).contains("s7comm", "cotp", "modbus", "mbtcp", "enip", "cip");
            case "building" -> assertThat(protocols).contains("bvlc", "bacnet", "bacapp", "s7comm", "modbus");
            default -> assertThat(protocols).contains("dnp3", "iec60870_104", "iec60870_asdu", "modbus");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"factory", "utility"})
    void perZoneFilesAreValidToo(String plant) throws Exception {
        TsharkTool.assumeInstalled();
        SimulationResult r = new PlantSimulator().write(SimulationSpec.of(plant, 80, 30, 3).withZones(3, true),
                dir.resolve(plant + ".pcapng"));
        for (Path zoneFile : r.files()) {
            assertThat(TsharkTool.run(zoneFile, "-q", "-z", "expert")).as(zoneFile.toString())
                    .doesNotContain("Errors (").doesNotContain("Malformed");
        }
    }
}
