package io.plantwatch.decode.dns;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.decode.Packet;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.inventory.classify.StandardClassifier;
import io.plantwatch.testing.SharedData;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.plantwatch.decode.SamplePdus.DNS_RESPONSE;
import static io.plantwatch.decode.SamplePdus.LLMNR_RESPONSE;
import static io.plantwatch.decode.SamplePdus.MDNS_ANNOUNCE;
import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.frames;
import static io.plantwatch.testing.TrafficRun.hex;
import static io.plantwatch.testing.TrafficRun.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DNS, mDNS and LLMNR. The hand-built messages were checked with tshark 4.0.17 (dns.ptr.domain_name,
 * dns.a, dns.resp.name, dns.txt show the values asserted here).
 */
class DnsDecodersTest {
    private static Inventory real(String capture) {
        AnalysisReport report = new Analyzer(new DecoderRegistry(List.of(new DnsDecoder()), List.of()),
                new StandardClassifier()).analyze(List.of(SharedData.pcap(capture)), Progress.NONE);
        return report.inventory();
    }

    @Test
    void countsDnsFramesOfRealCapturesAsTsharkDoes() {
        // tshark: 12 frames "eth:ethertype:ip:udp:dns", reverse lookups answered by 192.168.1.1
        Inventory nmap = real("scan/nmap-vsn.pcap");
        assertThat(frames(nmap, "dns")).isEqualTo(12);
        assertThat(device(nmap, "192.168.1.1").roles()).contains("dns/SERVER");
        assertThat(device(nmap, "192.168.1.71").roles()).contains("dns/CLIENT");
        // tshark: 6 frames of dns (mail.google.com, videosearch.ubuntu.com)
        assertThat(frames(real("modbus/modbusSmall.pcap"), "dns")).isEqualTo(6);
    }

    @Test
    void reverseLookupOfTheClientsOwnAddressNamesIt() {
        Inventory inventory = new TrafficRun(new DnsDecoder()).present("10.0.0.77")
                .udp("10.0.0.1", 53, "10.0.0.77", 40000, DNS_RESPONSE).inventory();
        assertThat(values(device(inventory, "10.0.0.77"), "name")).containsEntry("eng-ws-07.plant.local", "dns");
        assertThat(values(device(inventory, "10.0.0.1"), "name")).isEmpty();
        assertThat(device(inventory, "10.0.0.1").roles()).contains("dns/SERVER");
    }

    @Test
    void dnsOverTcpIsReassembledAcrossSegments() {
        byte[] framed = new byte[DNS_RESPONSE.length + 2];
        framed[0] = (byte) (DNS_RESPONSE.length >>> 8);
        framed[1] = (byte) DNS_RESPONSE.length;
        System.arraycopy(DNS_RESPONSE, 0, framed, 2, DNS_RESPONSE.length);
        TrafficRun run = new TrafficRun(new DnsDecoder()).present("10.0.0.77")
                .tcp("10.0.0.1", 53, "10.0.0.77", 40000, 100, Packet.ACK | Packet.PSH, Arrays.copyOfRange(framed, 0, 30))
                .tcp("10.0.0.1", 53, "10.0.0.77", 40000, 130, Packet.ACK | Packet.PSH, Arrays.copyOfRange(framed, 30, framed.length));
        Inventory inventory = run.inventory();
        assertThat(frames(inventory, "dns")).isEqualTo(1); // on the segment that completes the message
        assertThat(values(device(inventory, "10.0.0.77"), "name")).containsKey("eng-ws-07.plant.local");
    }

    @Test
    void mdnsAnnouncementGivesNameModelAndPrinterType() {
        Inventory inventory = new TrafficRun(new MdnsDecoder(MdnsServices.standard()))
                .udp("10.0.0.50", 5353, "224.0.0.251", 5353, MDNS_ANNOUNCE).inventory();
        var printer = device(inventory, "10.0.0.50");
        assertThat(values(printer, "name")).containsEntry("printer-1", "mdns");
        assertThat(values(printer, "model")).containsEntry("HP LaserJet M402", "mdns");
        assertThat(values(printer, "device_type")).containsEntry("Printer", "mdns");
        assertThat(printer.type()).isEqualTo("Printer");
    }

    @Test
    void llmnrResponderIsNamedByItsOwnAnswer() {
        Inventory inventory = new TrafficRun(new LlmnrDecoder()).present("10.0.0.77")
                .udp("10.0.0.61", 5355, "10.0.0.77", 50000, LLMNR_RESPONSE).inventory();
        assertThat(values(device(inventory, "10.0.0.61"), "name")).containsEntry("HMI-02", "llmnr");
        assertThat(values(device(inventory, "10.0.0.77"), "name")).isEmpty();
        assertThat(frames(inventory, "llmnr")).isEqualTo(1);
    }

    @Test
    void truncatedAndLoopingMessagesAreCountedNotThrown() {
        byte[] loop = hex("000084000000000100000000c00c00010001000000780004c0a80001"); // name pointer to itself
        TrafficRun run = new TrafficRun(new DnsDecoder(), new MdnsDecoder(MdnsServices.standard()), new LlmnrDecoder())
                .udp("10.0.0.1", 53, "10.0.0.77", 40000, Arrays.copyOf(DNS_RESPONSE, 40))
                .udp("10.0.0.50", 5353, "224.0.0.251", 5353, loop)
                .udp("10.0.0.61", 5355, "10.0.0.77", 50000, new byte[] {1, 2, 3})
                .udp("10.0.0.61", 5355, "10.0.0.77", 50001, Arrays.copyOf(LLMNR_RESPONSE, LLMNR_RESPONSE.length - 1));
        assertThat(run.malformed()).isEqualTo(4);
        Inventory inventory = run.inventory();
        assertThat(frames(inventory, "dns") + frames(inventory, "mdns") + frames(inventory, "llmnr")).isEqualTo(4);
    }

    @Test
    void hostNameDropsTheTrailingDotAndSuffix() {
        assertThat(AnnouncedNames.hostName("plc-7.local.", ".local")).isEqualTo("plc-7");
        assertThat(AnnouncedNames.hostName("PLC-7.LOCAL", ".local")).isEqualTo("PLC-7");
        assertThat(AnnouncedNames.hostName(".local", ".local")).isNull();
    }
}
