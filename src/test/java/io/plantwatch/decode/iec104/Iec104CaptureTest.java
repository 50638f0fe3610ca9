package io.plantwatch.decode.iec104;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.testing.Devices;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** IEC 104 roles, commands and activities as {@code analyze} files them. */
class Iec104CaptureTest {

    @Test
    void theControllingStationCommandsTheControlledOne() {
        // tshark: 172.27.248.109 sends C_SC_NA_1 (45) x4 and C_DC_NA_1 (46) with cause 6 (activation)
        // to 172.27.248.79:2404, common address 37133; the station confirms with cause 7
        AnalysisReport report = Devices.analyze(SharedData.pcap("iec104/TestDissectIec104.pcap"));
        assertThat(Devices.withIp(report, "172.27.248.79").roles()).contains("iec60870_104/SERVER");
        assertThat(Devices.withIp(report, "172.27.248.109").roles()).contains("iec60870_104/CLIENT");
        // Damaged APDUs are reported once per protocol and pair of ends, as protocol violations.
        assertThat(report.inventory().activities()).filteredOn(a -> a.activity().type() == ActivityType.PROTOCOL_VIOLATION)
                .extracting(a -> a.activity().protocol()).containsExactly("iec60870_104", "iec60870_asdu");
        assertThat(report.inventory().activities()).filteredOn(a -> a.activity().type() != ActivityType.PROTOCOL_VIOLATION)
                .hasSize(5).allSatisfy(a -> {
            assertThat(a.activity().type()).isEqualTo(ActivityType.WRITE);
            assertThat(a.activity().detail()).endsWith("(common address 37133)");
            assertThat(a.source().toString()).isEqualTo("172.27.248.109");
        });
        assertThat(report.inventory().connections()).anySatisfy(c -> assertThat(c.commands())
                .contains("C_IC_NA_1 Interrogation command", "M_EI_NA_1 End of initialization", "STARTDT act"));
        // the capture is a dissector test full of damaged APDUs: tshark marks frames 11, 16, 18, 23, 25, ...
        assertThat(report.capture().malformed()).isGreaterThanOrEqualTo(5);
    }
}
