package io.plantwatch.decode.s7comm;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.ObservedActivity;
import io.plantwatch.testing.Devices;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S7 identities, roles and activities as {@code analyze} files them. The pinned values are what
 * tshark 4.0.17 shows for s7comm_reading_plc_status.pcap, from 192.168.1.40 (00:1b:1b:23:eb:3b):
 * <ul>
 *   <li>frames 39 and 59, {@code s7comm.szl.xy11.0001.anz} "6ES7 151-8AB01-0AB0 " (index 1); for
 *       index 7 (basic firmware) {@code ausbg} 22019 and {@code ausbe} 518, i.e. 0x5603 0x0206:
 *       'V', 3, 2, 6;</li>
 *   <li>frame 72 (reassembled with 69), {@code s7comm.szl.001c.0001.name} "IM151-8-CPU",
 *       {@code .0002.name} "IM151-8 PN/DP CPU", {@code .0004.copyright} "Original Siemens
 *       Equipment", {@code .0005.serialn} "S C-C6TW74882012", {@code .0007.cputypname}
 *       "IM151-8 PN/DP CPU".</li>
 * </ul>
 */
class S7IdentityTest {

    @Test
    void szlResponsesIdentifyThePlc() {
        AnalysisReport report = Devices.analyze(SharedData.pcap("s7comm/s7comm_reading_plc_status.pcap"));
        Device plc = Devices.withIp(report, "192.168.1.40");
        assertThat(plc.macs()).containsExactly("00:1b:1b:23:eb:3b");
        assertThat(plc.name()).isEqualTo("IM151-8-CPU");
        assertThat(plc.vendor()).isEqualTo("Siemens AG");
        assertThat(plc.model()).isEqualTo("IM151-8 PN/DP CPU");
        assertThat(plc.firmware()).isEqualTo("V3.2.6");
        assertThat(Devices.property(plc, "serial")).containsExactly("S C-C6TW74882012 (s7comm)");
        assertThat(Devices.property(plc, "product_code")).containsExactly("6ES7 151-8AB01-0AB0 (s7comm)");
        assertThat(Devices.property(plc, "description")).containsExactly("IM151-8 PN/DP CPU (s7comm)");
        assertThat(plc.roles()).contains("s7comm/SERVER");

        Device client = Devices.withIp(report, "192.168.1.10");
        assertThat(client.properties()).isEmpty();
        assertThat(client.roles()).contains("s7comm/CLIENT").doesNotContain("s7comm/ENGINEERING");
        assertThat(report.inventory().activities()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.activity().type()).isEqualTo(ActivityType.DISCOVERY);
            assertThat(a.source().toString()).isEqualTo("192.168.1.10");
        });
    }

    @Test
    void aDownloadMarksTheEngineeringStationNotThePlc() {
        // tshark: Request download (0x1a) job from 134.249.53.130:1078, Download block (0x1b) job
        // from the PLC 134.249.61.182:102 answered by the station, PI-Service _INSE (frame 93)
        AnalysisReport report = Devices.analyze(SharedData.pcap("s7comm/step7_s300_download.pcapng"));
        assertThat(Devices.withIp(report, "134.249.53.130").roles()).contains("s7comm/ENGINEERING");
        assertThat(Devices.withIp(report, "134.249.61.182").roles()).contains("s7comm/SERVER")
                .doesNotContain("s7comm/ENGINEERING");
        assertThat(report.inventory().activities()).extracting(ObservedActivity::activity)
                .extracting(a -> a.type() + " " + a.detail())
                .contains("PROGRAM_DOWNLOAD Request download", "PROGRAM_DOWNLOAD Download block",
                        "PROGRAM_DOWNLOAD PI-Service _INSE (activate a downloaded block)");
        assertThat(report.inventory().activities())
                .allSatisfy(a -> assertThat(a.source().toString()).isEqualTo("134.249.53.130"));
        assertThat(report.inventory().connections()).anySatisfy(c ->
                assertThat(c.commands()).contains("Request download", "Download block", "Download ended"));
    }

    @Test
    void aStopIsAControllerStopFromTheClient() {
        AnalysisReport report = Devices.analyze(SharedData.pcap("s7comm/snap7_s300_stop.pcapng"));
        assertThat(report.inventory().activities()).singleElement().satisfies(a -> {
            assertThat(a.activity().type()).isEqualTo(ActivityType.CONTROLLER_STOP);
            assertThat(a.source().toString()).isEqualTo("134.249.62.206");
            assertThat(a.destination().toString()).isEqualTo("134.249.61.163");
        });
    }
}
