package io.plantwatch.decode.dnp3;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.ObservedActivity;
import io.plantwatch.testing.Devices;
import io.plantwatch.testing.PacketFactory;
import io.plantwatch.testing.PcapWriter;
import io.plantwatch.testing.SharedData;
import io.plantwatch.testing.TcpConversation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.plantwatch.decode.dnp3.Dnp3Frames.FROM_MASTER;
import static io.plantwatch.decode.dnp3.Dnp3Frames.FROM_OUTSTATION;
import static io.plantwatch.decode.dnp3.Dnp3Frames.single;
import static io.plantwatch.testing.FrameBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;

/** DNP3 roles, activities and identities as {@code analyze} files them. */
class Dnp3CaptureTest {

    @Test
    void mastersAndOutstationsAndWhatTheMastersDid() {
        // tshark: 10.0.0.3:20000 answers (129, 130); 10.0.0.8 and 10.0.0.9 send cold restart (13),
        // warm restart (14), stop application (18), disable unsolicited (21) and write (2)
        AnalysisReport report = Devices.analyze(SharedData.pcap("dnp3/dnp3.pcap"));
        Device outstation = Devices.withIp(report, "10.0.0.3");
        assertThat(outstation.roles()).contains("dnp3/SERVER").doesNotContain("dnp3/CLIENT");
        assertThat(Devices.withIp(report, "10.0.0.8").roles()).contains("dnp3/CLIENT", "dnp3/ENGINEERING");
        assertThat(report.inventory().activities()).extracting(ObservedActivity::activity)
                .extracting(a -> a.type()).contains(ActivityType.RESTART, ActivityType.CONTROLLER_STOP,
                        ActivityType.COMMUNICATION_CONTROL, ActivityType.WRITE);
        assertThat(report.inventory().activities()).noneMatch(a -> a.source().toString().equals("10.0.0.3"));
        assertThat(report.inventory().connections()).anySatisfy(c ->
                assertThat(c.commands()).contains("Unsolicited Response", "Confirm"));
    }

    @Test
    void theMalformedCaptureCountsItsOperatesAndItsDamage() {
        // tshark: 197 operates (func 4) from 192.168.0.1; frame 1 has a link length of 2
        AnalysisReport report = Devices.analyze(SharedData.pcap("dnp3/DNP3-Malformed.pcap"));
        assertThat(report.inventory().functions().get("dnp3")).containsEntry(4, 197L);
        assertThat(report.capture().malformed()).isGreaterThanOrEqualTo(1);
        assertThat(report.inventory().activities()).filteredOn(a -> a.activity().type() == ActivityType.WRITE).hasSize(197);
        // the damage is reported once for the pair of ends, as a protocol violation
        assertThat(report.inventory().activities()).filteredOn(a -> a.activity().type() != ActivityType.WRITE)
                .singleElement().satisfies(a -> assertThat(a.activity().type()).isEqualTo(ActivityType.PROTOCOL_VIOLATION));
    }

    @Test
    void udpRoles() {
        AnalysisReport report = Devices.analyze(SharedData.pcap("dnp3/dnp3_udp_read.pcap"));
        assertThat(Devices.withIp(report, "192.168.80.12").roles()).contains("dnp3/SERVER");
        assertThat(Devices.withIp(report, "192.168.80.160").roles()).contains("dnp3/CLIENT");
    }

    @Test
    void deviceAttributesLandOnTheOutstation(@TempDir Path dir) throws Exception {
        PcapWriter pcap = new PcapWriter();
        TcpConversation tcp = new TcpConversation(new PacketFactory(), pcap, "10.0.0.1", 40001, "10.0.0.2", 20000);
        tcp.handshake();
        tcp.client(single(FROM_MASTER, 4, 3, hex("c3 01 00fe06")));
        tcp.server(single(FROM_OUTSTATION, 3, 4, Dnp3DecoderTest.ATTRIBUTES));
        AnalysisReport report = Devices.analyze(pcap.write(dir.resolve("attributes.pcap")));
        Device outstation = Devices.withIp(report, "10.0.0.2");
        assertThat(outstation.vendor()).isEqualTo("Acme Power");
        assertThat(outstation.model()).isEqualTo("RTU-5000");
        assertThat(outstation.firmware()).isEqualTo("3.1.4");
        assertThat(Devices.withIp(report, "10.0.0.1").properties()).isEmpty();
    }
}
