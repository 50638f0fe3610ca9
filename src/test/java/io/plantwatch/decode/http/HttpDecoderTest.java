package io.plantwatch.decode.http;

import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.inventory.classify.StandardClassifier;
import io.plantwatch.testing.SharedData;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.plantwatch.testing.TrafficRun.activities;
import static io.plantwatch.testing.TrafficRun.ascii;
import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.frames;
import static io.plantwatch.testing.TrafficRun.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP/1.x. Real captures pinned against tshark 4.0.17 (frame.protocols, http.server,
 * http.user_agent); the hand-built request shows http.authbasic "admin:secret" in tshark.
 */
class HttpDecoderTest {
    private static final int DATA = Packet.ACK | Packet.PSH;

    private static Inventory real(String capture) {
        return new Analyzer(new DecoderRegistry(List.of(new HttpDecoder(OsHints.standard())), List.of()),
                new StandardClassifier()).analyze(List.of(SharedData.pcap(capture)), Progress.NONE).inventory();
    }

    @Test
    void countsAndIdentitiesOfMixedVlanMplsCapture() {
        Inventory inventory = real("linktypes/mixed-vlan-mpls.pcap");
        // tshark: frames 15 and 28 (a response desegmented over frames 16-28), 37 and 39-41
        assertThat(frames(inventory, "http")).isEqualTo(6);
        assertThat(values(device(inventory, "125.190.109.199"), "software")).containsEntry("Apache/1.3.33 (Unix)", "http");
        assertThat(values(device(inventory, "141.42.64.125"), "software")).containsEntry("Wget/1.10", "http");
        assertThat(device(inventory, "125.190.109.199").roles()).contains("http/SERVER");
    }

    @Test
    void requestOnTheModbusPortIsFoundByItsShape() {
        Inventory inventory = real("modbus/modbus-and-non-modbus-p502.pcap");
        assertThat(frames(inventory, "http")).isEqualTo(1); // tshark: frame 65 only
        assertThat(values(device(inventory, "198.74.56.135"), "software")).containsOnlyKeys("Mozilla/5.0 zgrab/0.x");
    }

    @Test
    void basicCredentialsNameTheUserButNeverThePassword() {
        byte[] request = ascii("GET /config HTTP/1.1\r\nHost: 10.0.0.5\r\n"
                + "User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64) Gecko/20100101 Firefox/52.0\r\n"
                + "Authorization: Basic YWRtaW46c2VjcmV0\r\n\r\n");
        Inventory inventory = new TrafficRun(new HttpDecoder(OsHints.standard()))
                .tcp("10.0.0.77", 50001, "10.0.0.5", 80, 2000, DATA, request).inventory();
        assertThat(activities(inventory, "http"))
                .containsExactly("CLEARTEXT_CREDENTIALS: HTTP Basic authentication as user admin");
        assertThat(inventory.activities().toString()).doesNotContain("secret");
        assertThat(values(device(inventory, "10.0.0.77"), "os")).containsOnlyKeys("Windows 7");
        assertThat(inventory.connections().get(0).commands()).containsExactly("GET");
    }

    @Test
    void chunkedResponseCountsOnTheSegmentThatEndsIt() {
        byte[] response = ascii("HTTP/1.1 200 OK\r\nServer: Boa/0.94.14rc21\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n0\r\n\r\n");
        TrafficRun run = new TrafficRun(new HttpDecoder(OsHints.standard()))
                .tcp("10.0.0.77", 50001, "10.0.0.5", 80, 2000, DATA, ascii("GET / HTTP/1.1\r\n\r\n"))
                .tcp("10.0.0.5", 80, "10.0.0.77", 50001, 7000, DATA, Arrays.copyOfRange(response, 0, 30))
                .tcp("10.0.0.5", 80, "10.0.0.77", 50001, 7030, DATA, Arrays.copyOfRange(response, 30, 80))
                .tcp("10.0.0.5", 80, "10.0.0.77", 50001, 7080, DATA,
                        Arrays.copyOfRange(response, 80, response.length));
        Inventory inventory = run.inventory();
        assertThat(frames(inventory, "http")).isEqualTo(2); // the request, and the last response segment
        assertThat(values(device(inventory, "10.0.0.5"), "software")).containsOnlyKeys("Boa/0.94.14rc21");
    }

    @Test
    void contentLengthBodyAndHeadResponses() {
        TrafficRun run = new TrafficRun(new HttpDecoder(OsHints.standard()))
                .tcp("10.0.0.77", 50001, "10.0.0.5", 8080, 1, DATA, ascii("HEAD / HTTP/1.1\r\n\r\n"))
                .tcp("10.0.0.5", 8080, "10.0.0.77", 50001, 1, DATA,
                        ascii("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")) // HEAD: no body follows
                .tcp("10.0.0.77", 50001, "10.0.0.5", 8080, 20, DATA, ascii("GET / HTTP/1.1\r\n\r\n"))
                .tcp("10.0.0.5", 8080, "10.0.0.77", 50001, 41, DATA,
                        ascii("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345"))
                .tcp("10.0.0.5", 8080, "10.0.0.77", 50001, 83, DATA, ascii("67890"));
        assertThat(frames(run.inventory(), "http")).isEqualTo(4);
    }

    @Test
    void junkIsNotHttpOffItsPortsAndNothingThrows() {
        TrafficRun run = new TrafficRun(new HttpDecoder(OsHints.standard()))
                .tcp("10.0.0.77", 50001, "10.0.0.5", 8000, 1, DATA, ascii("GET\r\n\r\n"))
                .tcp("10.0.0.77", 50002, "10.0.0.5", 8000, 1, DATA, new byte[] {(byte) 0x80, 0, 0, 0x28})
                .tcp("10.0.0.77", 50003, "10.0.0.5", 80, 1, DATA,
                        ascii("GET / HTTP/1.1\r\nContent-Length: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"));
        Inventory inventory = run.inventory();
        assertThat(frames(inventory, "http")).isEqualTo(1); // only the one on port 80
        assertThat(HttpDecoder.basicUser("Basic !!!")).isNull();
        assertThat(HttpDecoder.basicUser("Digest username=x")).isNull();
    }

    @Test
    void theHostOfRequestsIsAHostNameOncePerFlowAndName() {
        Inventory inventory = new TrafficRun(new HttpDecoder(OsHints.standard()))
                .tcp("10.0.0.77", 50001, "10.0.0.5", 80, 1, DATA,
                        ascii("GET / HTTP/1.1\r\nHost: Updates.Example.COM:8080\r\n\r\n"
                                + "GET /a HTTP/1.1\r\nHost: Updates.Example.COM:8080\r\n\r\n"))
                .inventory();
        assertThat(inventory.activities()).extracting(a -> a.activity().detail()).containsExactly("updates.example.com");
        assertThat(HttpDecoder.hostOnly("10.0.0.5:80")).as("addresses are matched as connections").isNull();
        assertThat(HttpDecoder.hostOnly("[2001:db8::1]:80")).isNull();
        assertThat(HttpDecoder.hostOnly(" plc ")).isEqualTo("plc");
    }

    @Test
    void endlessHeaderBlockIsBoundedAndCountedAsData() {
        byte[] line = ascii("X-Padding: " + "a".repeat(1000) + "\r\n");
        TrafficRun run = new TrafficRun(new HttpDecoder(OsHints.standard()))
                .tcp("10.0.0.77", 50001, "10.0.0.5", 80, 1, DATA, ascii("GET / HTTP/1.1\r\n"));
        long seq = 17;
        for (int i = 0; i < 20; i++) { // 20 KB of header, more than HttpStream.MAX_HEAD, never ended
            run.tcp("10.0.0.77", 50001, "10.0.0.5", 80, seq, DATA, line);
            seq += line.length;
        }
        Inventory inventory = run.inventory();
        // held while the head could still end, the segment passing 16 KiB (the 17th line) ends framing: the 3 after it count as data
        assertThat(frames(inventory, "http")).isEqualTo(3);
        assertThat(run.malformed()).isZero();
    }
}
