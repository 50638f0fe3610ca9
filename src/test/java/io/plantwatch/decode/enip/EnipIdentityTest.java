package io.plantwatch.decode.enip;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.ObservedActivity;
import org.junit.jupiter.api.Test;

import static io.plantwatch.testing.Inventories.activities;
import static io.plantwatch.testing.Inventories.analyze;
import static io.plantwatch.testing.Inventories.deviceWithIp;
import static io.plantwatch.testing.Inventories.deviceWithMac;
import static io.plantwatch.testing.Inventories.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identities the shared EtherNet/IP captures state, pinned to what tshark shows for them
 * ({@code tshark -r F -T fields -e enip.lir.vendor -e enip.lir.name -e cip.id.product_name ...}).
 */
class EnipIdentityTest {

    @Test
    void listIdentityReplyIdentifiesTheEthernetModule() {
        Device module = deviceWithIp(analyze("enip/enip_cip_example.pcap"), "10.1.1.164");

        assertThat(module.vendor()).isEqualTo("Rockwell Automation/Allen-Bradley");
        assertThat(module.model()).isEqualTo("1756-ENBT/A");
        assertThat(module.firmware()).isEqualTo("4.03");
        assertThat(values(module, "serial")).containsExactly("0x00524d8e");
        assertThat(values(module, "product_code")).containsExactly("CIP vendor 1, device type 12, product code 58");
    }

    @Test
    void identityObjectReadThroughUnconnectedSendIdentifiesTheController() {
        AnalysisReport report = analyze("enip/EIP-SoftwareDownload.pcap");
        Device plc = deviceWithIp(report, "192.168.10.120");
        Device station = deviceWithIp(report, "192.168.10.105");

        assertThat(plc.model()).isEqualTo("1756-L61/B LOGIX5561");
        assertThat(plc.firmware()).isEqualTo("16.20");
        assertThat(plc.vendor()).isEqualTo("Rockwell Automation/Allen-Bradley");
        assertThat(values(plc, "serial")).containsExactly("0x0051823f");
        assertThat(values(plc, "device_type")).containsExactly("PLC");
        assertThat(plc.roles()).contains("enip/SERVER");
        assertThat(station.roles()).contains("enip/CLIENT", "enip/ENGINEERING");
        assertThat(station.model()).isNull();
    }

    @Test
    void stopStartAndResetOfTheControllerAreActivities() {
        AnalysisReport report = analyze("enip/EIP-SoftwareDownload.pcap");

        for (ActivityType type : new ActivityType[] {ActivityType.CONTROLLER_STOP, ActivityType.CONTROLLER_START,
                ActivityType.RESTART}) {
            assertThat(activities(report, type)).as(type.name()).singleElement().satisfies(a -> {
                assertThat(a.source()).hasToString("192.168.10.105");
                assertThat(a.destination()).hasToString("192.168.10.120");
            });
        }
        assertThat(activities(analyze("enip/cip_stop_plc.pcap"), ActivityType.CONTROLLER_STOP))
                .extracting(ObservedActivity::activity).extracting(a -> a.detail())
                .containsExactly("Stop (class 0x8e, instance 1)");
    }

    @Test
    void connectionsNameTheirCipServices() {
        AnalysisReport report = analyze("enip/EthernetIP-CIP.pcap");

        assertThat(report.inventory().connections()).anySatisfy(c ->
                assertThat(c.commands()).contains("Multiple Service Packet", "Read Tag"));
        assertThat(report.inventory().connections()).anySatisfy(c ->
                assertThat(c.commands()).contains("Unconnected Send", "Get Attributes All"));
    }

    @Test
    void lldpInTheEnipCapturesDescribesTheSwitchPort() {
        Device sender = deviceWithMac(analyze("enip/enip_cip_example.pcap"), "00:21:91:06:f1:66");

        assertThat(values(sender, "description")).contains("LLDP port 19", "management address 208.73.217.142");
    }
}
