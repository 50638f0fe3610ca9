package io.plantwatch.decode.modbus;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.inventory.Device;
import io.plantwatch.testing.Devices;
import io.plantwatch.testing.PacketFactory;
import io.plantwatch.testing.PcapWriter;
import io.plantwatch.testing.SharedData;
import io.plantwatch.testing.TcpConversation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.plantwatch.testing.FrameBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;

/** Modbus identities as {@code analyze} files them, on the devices that stated them. */
class ModbusIdentityTest {

    @Test
    void reportServerIdDescribesTheServer() {
        // tshark: frames 41 and 44, from 10.0.0.3 (00:02:b3:ce:70:51), modbus.func_code 17,
        // modbus.data 1200ff57696e6770617468204c696d69746564: byte count 18, server id 0,
        // run indicator 0xff, then the ASCII "Wingpath Limited"
        AnalysisReport report = Devices.analyze(SharedData.pcap("modbus/modbus_test_data_part1.pcap"));
        Device server = Devices.withIp(report, "10.0.0.3");
        assertThat(server.macs()).containsExactly("00:02:b3:ce:70:51");
        assertThat(Devices.property(server, "description")).containsExactly("Wingpath Limited (modbus)");
        assertThat(server.roles()).contains("modbus/SERVER");
        Device client = Devices.withIp(report, "10.0.0.57");
        assertThat(client.roles()).contains("modbus/CLIENT").doesNotContain("modbus/SERVER");
        assertThat(client.properties()).isEmpty();
    }

    @Test
    void deviceIdentificationLandsOnTheRespondingServer(@TempDir Path dir) throws Exception {
        // the same response as in ModbusDecoderTest, checked with tshark
        PcapWriter pcap = new PcapWriter();
        TcpConversation tcp = new TcpConversation(new PacketFactory(), pcap, "10.0.0.1", 40001, "10.0.0.2", 502);
        tcp.handshake();
        tcp.client(hex("0007 0000 0005 01 2b 0e 01 00"));
        tcp.server(hex("00070000003d012b0e010100000400125363686e6569646572"
                + "20456c656374726963010a424d5850333432303230020556322e3730040c4d6f6469636f6e204d333430"));
        AnalysisReport report = Devices.analyze(pcap.write(dir.resolve("device-id.pcap")));

        Device server = Devices.withIp(report, "10.0.0.2");
        assertThat(server.vendor()).isEqualTo("Schneider Electric");
        assertThat(server.model()).isEqualTo("Modicon M340");
        assertThat(server.firmware()).isEqualTo("V2.70");
        assertThat(Devices.property(server, "product_code")).containsExactly("BMXP342020 (modbus)");
        assertThat(Devices.withIp(report, "10.0.0.1").properties()).isEmpty();
        assertThat(report.inventory().connections()).singleElement()
                .satisfies(c -> assertThat(c.commands()).containsExactly("Read Device Identification"));
    }
}
