package io.plantwatch.decode;

import io.plantwatch.decode.dhcp.DhcpDecoder;
import io.plantwatch.decode.dhcp.DhcpFingerprints;
import io.plantwatch.decode.dns.DnsDecoder;
import io.plantwatch.decode.dns.LlmnrDecoder;
import io.plantwatch.decode.dns.MdnsDecoder;
import io.plantwatch.decode.dns.MdnsServices;
import io.plantwatch.decode.ftp.FtpDecoder;
import io.plantwatch.decode.http.HttpDecoder;
import io.plantwatch.decode.mqtt.MqttDecoder;
import io.plantwatch.decode.netbios.NbnsDecoder;
import io.plantwatch.decode.ntp.NtpDecoder;
import io.plantwatch.decode.smb.NbssDecoder;
import io.plantwatch.decode.smb.SmbCommands;
import io.plantwatch.decode.snmp.SnmpDecoder;
import io.plantwatch.decode.ssh.SshDecoder;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.decode.telnet.TelnetDecoder;
import io.plantwatch.decode.tls.TlsDecoder;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated PDUs of every IT protocol (bit flips, truncation, smashed length bytes, spliced
 * garbage), seeded so any failure replays, sent on each protocol's port in both directions and in
 * pieces. No exception may escape a decoder; a frame is at worst counted as malformed.
 */
class ItDecodersFuzzTest {
    private static final long SEED = 20261130L;
    private static final int MUTATIONS = 400;

    private record Sample(String name, boolean udp, int port, byte[] pdu) {
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("dhcp", true, 67, SamplePdus.DHCP_REQUEST),
            new Sample("dhcp ack", true, 68, SamplePdus.DHCP_ACK),
            new Sample("dns", true, 53, SamplePdus.DNS_RESPONSE),
            new Sample("dns over tcp", false, 53, SamplePdus.DNS_RESPONSE),
            new Sample("mdns", true, 5353, SamplePdus.MDNS_ANNOUNCE),
            new Sample("llmnr", true, 5355, SamplePdus.LLMNR_RESPONSE),
            new Sample("nbns", true, 137, SamplePdus.NBNS_NODE_STATUS),
            new Sample("snmp", true, 161, SamplePdus.SNMP_RESPONSE),
            new Sample("ntp", true, 123, new byte[48]),
            new Sample("tls", false, 443, SamplePdus.TLS_CLIENT_HELLO),
            new Sample("tls server", false, 443, SamplePdus.TLS_SERVER_HELLO),
            new Sample("http", false, 80, ascii("GET / HTTP/1.1\r\nAuthorization: Basic YTpi\r\nContent-Length: 4\r\n\r\nabcd"
                    + "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n0\r\n\r\n")),
            new Sample("ftp", false, 21, ascii("220 FTP ready\r\nUSER a\r\nPASS b\r\n")),
            new Sample("telnet", false, 23, new byte[] {(byte) 255, (byte) 250, 24, 1, (byte) 255, (byte) 240,
                'l', 'o', 'g', 'i', 'n', ':', ' ', 'x', '\r', '\n'}),
            new Sample("ssh", false, 22, ascii("SSH-2.0-OpenSSH_8.9p1 Ubuntu-3\r\n")),
            new Sample("mqtt", false, 1883, new byte[] {0x10, 0x16, 0, 4, 'M', 'Q', 'T', 'T', 5, (byte) 0xC6, 0, 60, 0,
                0, 1, 'c', 0, 1, 't', 0, 0, 0, 1, 'u', 0, 0}),
            new Sample("nbss", false, 139, new byte[] {0, 0, 0, 40, (byte) 0xFF, 'S', 'M', 'B', 0x73, 0, 0, 0, 0, 0x18,
                0, (byte) 0xC8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 1, 2, 3}));

    private static ProtocolDecoder[] decoders() {
        OsHints os = OsHints.standard();
        return new ProtocolDecoder[] {new DnsDecoder(), new MdnsDecoder(MdnsServices.standard()), new LlmnrDecoder(),
            new NbnsDecoder(), new DhcpDecoder(os, DhcpFingerprints.standard()), new SnmpDecoder(os),
            new NtpDecoder(), new NbssDecoder(SmbCommands.standard(), os), new SshDecoder(os), new TelnetDecoder(),
            new FtpDecoder(os), new MqttDecoder(), new HttpDecoder(os), new TlsDecoder()};
    }

    @TestFactory
    Stream<DynamicTest> mutatedPdusNeverThrow() {
        return SAMPLES.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> fuzz(s)));
    }

    private static void fuzz(Sample sample) {
        Random random = new Random(SEED ^ sample.name().hashCode());
        TrafficRun run = new TrafficRun(decoders());
        long seq = 1;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] pdu = mutate(sample.pdu(), random);
            int clientPort = 40000 + (i % 64);
            boolean toServer = random.nextBoolean();
            String src = toServer ? "10.0.0.77" : "10.0.0.9";
            String dst = toServer ? "10.0.0.9" : "10.0.0.77";
            int srcPort = toServer ? clientPort : sample.port();
            int dstPort = toServer ? sample.port() : clientPort;
            if (sample.udp()) {
                run.udp(src, srcPort, dst, dstPort, pdu);
                continue;
            }
            int cut = pdu.length == 0 ? 0 : random.nextInt(pdu.length + 1);
            run.tcp(src, srcPort, dst, dstPort, seq, Packet.ACK | Packet.PSH, Arrays.copyOfRange(pdu, 0, cut));
            run.tcp(src, srcPort, dst, dstPort, seq + cut, Packet.ACK | Packet.PSH, Arrays.copyOfRange(pdu, cut, pdu.length));
            seq += pdu.length + random.nextInt(3) * 1000L; // sometimes a gap
        }
        assertThat(run.inventory().devices()).isNotEmpty();
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int i = 0, n = 1 + random.nextInt(4); i < n && b.length > 0; i++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> b = Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length));
            case 2 -> {
                for (int i = 0, n = 1 + random.nextInt(3); i < n && b.length > 0; i++) {
                    b[random.nextInt(b.length)] = (byte) (random.nextBoolean() ? 0xFF : 0x00);
                }
            }
            case 3 -> {
                byte[] garbage = new byte[random.nextInt(64)];
                random.nextBytes(garbage);
                int at = b.length == 0 ? 0 : random.nextInt(b.length);
                byte[] spliced = Arrays.copyOf(b, at + garbage.length);
                System.arraycopy(garbage, 0, spliced, at, garbage.length);
                b = spliced;
            }
            default -> {
                b = new byte[random.nextInt(300)];
                random.nextBytes(b);
            }
        }
        return b;
    }
}
