package io.plantwatch.decode;

import io.plantwatch.capture.Frame;
import io.plantwatch.capture.LinkType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static io.plantwatch.testing.Packets.concat;
import static io.plantwatch.testing.Packets.ethernet;
import static io.plantwatch.testing.Packets.frame;
import static io.plantwatch.testing.Packets.ip;
import static io.plantwatch.testing.Packets.ipv4;
import static io.plantwatch.testing.Packets.ipv6;
import static io.plantwatch.testing.Packets.mac;
import static io.plantwatch.testing.Packets.tcp;
import static io.plantwatch.testing.Packets.u16;
import static io.plantwatch.testing.Packets.udp;
import static io.plantwatch.testing.Packets.vlan;
import static org.assertj.core.api.Assertions.assertThat;

class PacketDecoderTest {
    private static final long MAC_A = 0x001B1B010203L;
    private static final long MAC_B = 0x000E8C0A0B0CL;
    private final PacketDecoder decoder = new PacketDecoder();

    @Test
    void decodesEthernetIpv4Tcp() {
        byte[] bytes = ethernet(MAC_B, MAC_A, 0x0800, ipv4(ip(10, 0, 0, 9), ip(10, 0, 0, 5), 6,
                tcp(49152, 502, 7, Packet.SYN | Packet.ACK, new byte[] {1, 2, 3})));

        Packet p = decoder.decode(frame(bytes, LinkType.ETHERNET));

        assertThat(p.malformed()).isNull();
        assertThat(MacAddress.toString(p.srcMac())).isEqualTo("00:1b:1b:01:02:03");
        assertThat(p.srcIp()).hasToString("10.0.0.9");
        assertThat(p.dstIp()).hasToString("10.0.0.5");
        assertThat(p.isTcp()).isTrue();
        assertThat(p.srcPort()).isEqualTo(49152);
        assertThat(p.dstPort()).isEqualTo(502);
        assertThat(p.tcpSeq()).isEqualTo(7);
        assertThat(p.tcpFlags()).isEqualTo(Packet.SYN | Packet.ACK);
        assertThat(p.payloadLength()).isEqualTo(3);
        assertThat(p.payloadBuffer().get(p.payloadOffset())).isEqualTo((byte) 1);
        assertThat(p.has(Layer.ETH) && p.has(Layer.ETHERTYPE) && p.has(Layer.IP) && p.has(Layer.TCP)).isTrue();
    }

    @Test
    void ethernetPaddingIsNotPayload() {
        byte[] ip = ipv4(ip(10, 0, 0, 9), ip(10, 0, 0, 5), 17, udp(1, 2, new byte[] {5}));
        byte[] bytes = concat(ethernet(MAC_B, MAC_A, 0x0800, ip), new byte[20]);

        Packet p = decoder.decode(frame(bytes, LinkType.ETHERNET));

        assertThat(p.payloadLength()).isEqualTo(1);
    }

    @Test
    void walksQinQTagsToTheInnerEtherType() {
        byte[] inner = ipv4(ip(1, 1, 1, 1), ip(2, 2, 2, 2), 17, udp(1000, 2000, new byte[0]));
        byte[] bytes = ethernet(MAC_B, MAC_A, 0x88A8, vlan(100, 0x8100, vlan(200, 0x0800, inner)));

        Packet p = decoder.decode(frame(bytes, LinkType.ETHERNET));

        assertThat(p.vlanId()).isEqualTo(100);
        assertThat(p.etherType()).isEqualTo(EtherType.IPV4);
        assertThat(p.isUdp()).isTrue();
        assertThat(p.has(Layer.VLAN)).isTrue();
    }

    @Test
    void findsIpUnderAnMplsLabelStack() {
        byte[] inner = ipv4(ip(1, 1, 1, 1), ip(2, 2, 2, 2), 6, tcp(80, 1234, 0, Packet.ACK, new byte[0]));
        byte[] labels = {0, 0x01, 0x00, 0x40, 0, 0x02, 0x01, 0x40}; // label 16, then 32 with bottom of stack
        byte[] bytes = ethernet(MAC_B, MAC_A, 0x8847, concat(labels, inner));

        Packet p = decoder.decode(frame(bytes, LinkType.ETHERNET));

        assertThat(p.has(Layer.MPLS)).isTrue();
        assertThat(p.srcIp()).hasToString("1.1.1.1");
        assertThat(p.srcPort()).isEqualTo(80);
    }

    @Test
    void readsLinuxCookedV1AndV2SourceMacs() {
        byte[] ip = ipv4(ip(10, 1, 1, 1), ip(10, 1, 1, 2), 17, udp(5, 6, new byte[0]));
        byte[] sll = concat(u16(0), u16(1), u16(6), mac(MAC_A), new byte[2], u16(0x0800), ip);
        byte[] sll2 = concat(u16(0x0800), u16(0), new byte[] {0, 0, 0, 2}, u16(1), new byte[] {0, 6}, mac(MAC_A),
                new byte[2], ip);

        Packet v1 = decoder.decode(frame(sll, LinkType.LINUX_SLL));
        long v1Mac = v1.srcMac();
        Packet v2 = decoder.decode(frame(sll2, LinkType.LINUX_SLL2));

        assertThat(v1Mac).isEqualTo(MAC_A);
        assertThat(v2.srcMac()).isEqualTo(MAC_A);
        assertThat(v2.srcIp()).hasToString("10.1.1.1");
        assertThat(v2.has(Layer.SLL)).isTrue();
    }

    @Test
    void readsLoopbackInBothByteOrdersAndRawIp() {
        byte[] ip6 = ipv6(0, 1, 0, 1, 6, tcp(4840, 50000, 1, Packet.ACK, new byte[0]));
        byte[] nullLittle = concat(new byte[] {30, 0, 0, 0}, ip6);
        byte[] loopBig = concat(new byte[] {0, 0, 0, 2}, ipv4(ip(127, 0, 0, 1), ip(127, 0, 0, 1), 17, udp(1, 2, new byte[0])));

        Packet a = decoder.decode(frame(nullLittle, LinkType.NULL));
        String aSource = a.srcIp().toString();
        int aPort = a.srcPort();
        Packet b = decoder.decode(frame(loopBig, LinkType.LOOP));
        String bSource = b.srcIp().toString();
        Packet c = decoder.decode(frame(ip6, LinkType.RAW));

        assertThat(aSource).isEqualTo("::1");
        assertThat(aPort).isEqualTo(4840);
        assertThat(bSource).isEqualTo("127.0.0.1");
        assertThat(c.ipVersion()).isEqualTo(6);
    }

    @Test
    void skipsIpv6ExtensionHeaders() {
        byte[] udp = udp(547, 546, new byte[] {1, 2});
        byte[] hopByHop = concat(new byte[] {60, 0, 0, 0, 0, 0, 0, 0});       // next: destination options
        byte[] destination = concat(new byte[] {17, 1}, new byte[14]);        // 16 bytes, next: UDP
        byte[] bytes = ethernet(MAC_B, MAC_A, 0x86DD, ipv6(0xFE80L << 48, 1, 0xFE80L << 48, 2, 0,
                concat(hopByHop, destination, udp)));

        Packet p = decoder.decode(frame(bytes, LinkType.ETHERNET));

        assertThat(p.malformed()).isNull();
        assertThat(p.ipProtocol()).isEqualTo(IpProtocol.UDP);
        assertThat(p.srcPort()).isEqualTo(547);
        assertThat(p.srcIp()).hasToString("fe80::1");
    }

    @Test
    void reassemblesIpv4FragmentsOnTheFrameThatCompletesThem() {
        byte[] datagram = udp(47808, 47808, new byte[40]);                   // 48 bytes: 24 + 24
        byte[] first = java.util.Arrays.copyOfRange(datagram, 0, 24);
        byte[] second = java.util.Arrays.copyOfRange(datagram, 24, 48);
        byte[] f1 = ethernet(MAC_B, MAC_A, 0x0800, ipv4(ip(10, 0, 0, 1), ip(10, 0, 0, 2), 17, 0x2000, 77, first, 44));
        byte[] f2 = ethernet(MAC_B, MAC_A, 0x0800, ipv4(ip(10, 0, 0, 1), ip(10, 0, 0, 2), 17, 3, 77, second, 44));

        Packet p1 = decoder.decode(frame(f1, LinkType.ETHERNET));
        boolean firstIsFragment = p1.fragment();
        int firstPort = p1.srcPort();
        Packet p2 = decoder.decode(frame(f2, LinkType.ETHERNET));

        assertThat(firstIsFragment).isTrue();
        assertThat(firstPort).isEqualTo(-1);
        assertThat(p2.fragment()).isFalse();
        assertThat(p2.srcPort()).isEqualTo(47808);
        assertThat(p2.payloadLength()).isEqualTo(40);
    }

    @Test
    void decodesArpSenderAndTarget() {
        byte[] arp = concat(u16(1), u16(0x0800), new byte[] {6, 4}, u16(2), mac(MAC_A),
                ByteBuffer.allocate(4).putInt(ip(10, 0, 0, 1)).array(), mac(MAC_B),
                ByteBuffer.allocate(4).putInt(ip(10, 0, 0, 2)).array());

        Packet p = decoder.decode(frame(ethernet(MAC_B, MAC_A, 0x0806, arp), LinkType.ETHERNET));

        assertThat(p.arpOperation()).isEqualTo(2);
        assertThat(p.arpSenderMac()).isEqualTo(MAC_A);
        assertThat(p.arpSenderIp()).isEqualTo(ip(10, 0, 0, 1));
        assertThat(p.arpTargetIp()).isEqualTo(ip(10, 0, 0, 2));
    }

    @Test
    void recognisesLlcSpanningTree() {
        byte[] llc = {0x42, 0x42, 0x03, 0, 0, 0, 0};
        byte[] bytes = concat(mac(0x0180C2000000L), mac(MAC_A), u16(llc.length), llc);

        Packet p = decoder.decode(frame(bytes, LinkType.ETHERNET));

        assertThat(p.has(Layer.LLC)).isTrue();
        assertThat(p.has(Layer.STP)).isTrue();
        assertThat(p.has(Layer.ETHERTYPE)).isFalse();
    }

    @Test
    void truncatedHeadersAreMalformedNotExceptions() {
        byte[] full = ethernet(MAC_B, MAC_A, 0x0800, ipv4(ip(10, 0, 0, 9), ip(10, 0, 0, 5), 6,
                tcp(1, 2, 0, 0, new byte[0])));
        for (int length = 0; length < full.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(full, length);
            Frame frame = new Frame().set(ByteBuffer.wrap(cut), 0, cut.length, cut.length, 0, LinkType.ETHERNET, 0);

            Packet p = decoder.decode(frame);

            assertThat(p.malformed()).as("frame cut to %d bytes", length).isNotNull();
        }
    }

    @Test
    void snapLengthCutIsNotMalformed() {
        byte[] full = ethernet(MAC_B, MAC_A, 0x0800, ipv4(ip(10, 0, 0, 9), ip(10, 0, 0, 5), 6,
                tcp(1, 2, 0, 0, new byte[100])));
        Frame frame = new Frame().set(ByteBuffer.wrap(full), 0, 40, full.length, 0, LinkType.ETHERNET, 0);

        Packet p = decoder.decode(frame);

        assertThat(p.truncated()).isTrue();
        assertThat(p.malformed()).isNull();
        assertThat(p.srcIp()).hasToString("10.0.0.9");
    }
}
