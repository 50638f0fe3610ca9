package io.plantwatch.decode.profinet;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.Device;
import io.plantwatch.testing.FlowFeeder;
import io.plantwatch.testing.RecordedObservations;
import org.junit.jupiter.api.Test;

import static io.plantwatch.testing.Inventories.activities;
import static io.plantwatch.testing.Inventories.analyze;
import static io.plantwatch.testing.Inventories.deviceWithMac;
import static io.plantwatch.testing.Inventories.values;
import static io.plantwatch.testing.Packets.concat;
import static io.plantwatch.testing.Packets.ethernet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profinet DCP from the shared captures (values as {@code tshark -e pn_dcp.suboption_device_nameofstation
 * -e pn_dcp.suboption_vendor_id -e pn_dcp.suboption_device_id -e pn_dcp.suboption_ip_ip} shows them)
 * and from hand-made frames.
 */
class ProfinetDecoderTest {
    private static final long STATION = 0x08000693CF32L;
    private static final long TOOL = 0x000C29BA09EAL;
    private final ProfinetDecoder decoder = new ProfinetDecoder();
    private final RecordedObservations out = new RecordedObservations();

    @Test
    void identifyResponseNamesTheStationAndSetIpIsAConfigurationChange() {
        AnalysisReport report = analyze("profinet_dcp/ChangeIPUsingDCP.pcap");
        Device station = deviceWithMac(report, "08:00:06:93:cf:32");

        assertThat(station.name()).isEqualTo("X208-BORD");
        assertThat(station.vendor()).isEqualTo("Siemens AG");
        assertThat(values(station, "product_code")).containsExactly("PROFINET vendor 0x002a, device 0x0a01");
        assertThat(values(station, "description")).contains("PROFINET IO-Device",
                "PROFINET IP 192.168.0.6 mask 255.255.255.0 gateway 192.168.0.1");
        assertThat(activities(report, ActivityType.CONFIGURATION_CHANGE)).singleElement().satisfies(a -> {
            assertThat(a.activity().detail()).isEqualTo("DCP Set IP 192.168.0.10 mask 255.255.255.0 gateway 192.168.0.1");
            assertThat(a.sourceMac()).isEqualTo(TOOL);
            assertThat(a.destinationMac()).isEqualTo(STATION);
        });
        assertThat(deviceWithMac(report, "00:0c:29:ba:09:ea").roles()).contains("pn_dcp/ENGINEERING");
    }

    @Test
    void identifyRequestsNameTheStationSoughtNotTheSender() {
        AnalysisReport report = analyze("profinet_dcp/PROFINET-RT.pcap");

        assertThat(report.inventory().devices()).allSatisfy(d -> assertThat(d.name()).isNull());
        assertThat(activities(report, ActivityType.DISCOVERY)).hasSize(14);
        assertThat(report.inventory().protocols()).containsKeys("pn_rt", "pn_dcp");
    }

    static byte[] dcp(int frameId, int service, int type, byte[] blocks) {
        byte[] header = {(byte) (frameId >>> 8), (byte) frameId, (byte) service, (byte) type, 1, 0, 0, 1, 0, 0,
            (byte) (blocks.length >>> 8), (byte) blocks.length};
        return ethernet(TOOL, STATION, 0x8892, concat(header, blocks));
    }

    @Test
    void ioControllerRoleMakesAPlc() {
        byte[] blocks = {2, 4, 0, 4, 0, 0, 0x02, 0};
        FlowFeeder.frame(decoder, dcp(0xFEFF, 5, 1, blocks), out);

        assertThat(out.identities).containsExactly("08:00:06:93:cf:32 DESCRIPTION=PROFINET IO-Controller",
                "08:00:06:93:cf:32 DEVICE_TYPE=PLC");
        assertThat(out.protocols).containsExactly("pn_rt", "pn_dcp");
    }

    @Test
    void cyclicFramesArePnRtOnly() {
        FlowFeeder.frame(decoder, ethernet(TOOL, STATION, 0x8892, new byte[] {(byte) 0x80, 0x01, 1, 2, 3}), out);

        assertThat(out.protocols).containsExactly("pn_rt");
    }

    @Test
    void truncatedFramesAndBlocksAreCountedNotThrown() {
        FlowFeeder.frame(decoder, ethernet(TOOL, STATION, 0x8892, new byte[] {(byte) 0xFE}), out);
        FlowFeeder.frame(decoder, ethernet(TOOL, STATION, 0x8892, new byte[] {(byte) 0xFE, (byte) 0xFF, 5, 1}), out);
        FlowFeeder.frame(decoder, dcp(0xFEFF, 5, 1, new byte[] {2, 2, 0, 40, 0, 0, 'a'}), out);

        assertThat(out.malformed).hasSize(3);
        assertThat(out.identities).isEmpty();
    }

    @Test
    void otherEtherTypesAreNotTaken() {
        assertThat(FlowFeeder.frame(decoder, ethernet(TOOL, STATION, 0x88CC, new byte[4]), out)).isFalse();
    }
}
