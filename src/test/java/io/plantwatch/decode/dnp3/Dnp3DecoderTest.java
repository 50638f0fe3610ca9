package io.plantwatch.decode.dnp3;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.testing.DecoderHarness;
import io.plantwatch.testing.PacketFactory;
import io.plantwatch.testing.TcpConversation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static io.plantwatch.decode.dnp3.Dnp3Frames.FROM_MASTER;
import static io.plantwatch.decode.dnp3.Dnp3Frames.FROM_OUTSTATION;
import static io.plantwatch.decode.dnp3.Dnp3Frames.frame;
import static io.plantwatch.decode.dnp3.Dnp3Frames.single;
import static io.plantwatch.testing.FrameBytes.concat;
import static io.plantwatch.testing.FrameBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DNP3 on hand-made link frames. The device attribute response is the one run through tshark
 * 4.0.17 first: it shows "Device Manufacturers Name ... Value: Acme Power", "Device Product Name
 * and Model ... RTU-5000" and "Device Manufacturers SW Version ... 3.1.4".
 */
class Dnp3DecoderTest {
    static final byte[] ATTRIBUTES = hex("c3 81 0000"
            + "00fc000000010a" + "41636d6520506f776572"
            + "00fa0000000108" + "5254552d35303030"
            + "00f20000000105" + "332e312e34");

    private final PacketFactory packets = new PacketFactory();
    private final DecoderHarness dnp3 = new DecoderHarness(new Dnp3Decoder());
    private final TcpConversation tcp = new TcpConversation(packets, "10.0.0.9", 1080, "10.0.0.3", 20000);

    @Test
    void requestsAndResponsesCountTheirFunctionAndDecideRoles() {
        dnp3.feed(tcp.client(single(FROM_MASTER, 4, 3, hex("c1 01 3c0206"))));
        dnp3.feed(tcp.server(single(FROM_OUTSTATION, 3, 4, hex("c1 81 0000"))));
        dnp3.feed(tcp.server(single(FROM_OUTSTATION, 3, 4, hex("f2 82 0000"))));
        assertThat(dnp3.out.functions).containsExactly("dnp3:1", "dnp3:129", "dnp3:130");
        assertThat(dnp3.out.commands).containsExactly("Read", "Response", "Unsolicited Response");
        assertThat(dnp3.out.roles).contains("SOURCE dnp3 CLIENT", "DESTINATION dnp3 SERVER");
    }

    @Test
    void controlsRestartsAndUnsolicitedSuppressionAreActivities() {
        dnp3.feed(tcp.client(single(FROM_MASTER, 4, 3, hex("c1 05 0c0128010000000000000000000000"))));
        dnp3.feed(tcp.client(single(FROM_MASTER, 4, 3, hex("c2 0d"))));
        dnp3.feed(tcp.client(single(FROM_MASTER, 4, 3, hex("c3 15 3c0206"))));
        dnp3.feed(tcp.client(single(FROM_MASTER, 4, 3, hex("c4 12"))));
        assertThat(dnp3.out.activities).extracting(a -> a.type() + " " + a.detail()).containsExactly(
                "WRITE Direct Operate (outstation 4)", "RESTART Cold Restart (outstation 4)",
                "COMMUNICATION_CONTROL Disable Unsolicited (outstation 4)",
                "CONTROLLER_STOP Stop Application (outstation 4)");
        assertThat(dnp3.out.roles).contains("SOURCE dnp3 ENGINEERING");
    }

    @Test
    void deviceAttributesIdentifyTheOutstation() {
        dnp3.feed(tcp.client(single(FROM_MASTER, 4, 3, hex("c3 01 00fe06"))));
        dnp3.feed(tcp.server(single(FROM_OUTSTATION, 3, 4, ATTRIBUTES)));
        assertThat(dnp3.out.identities).containsExactly("SOURCE VENDOR=Acme Power", "SOURCE MODEL=RTU-5000",
                "SOURCE FIRMWARE=3.1.4");
    }

    @Test
    void transportSegmentsAreReassembledInSequence() {
        byte[] application = ATTRIBUTES;
        byte[] first = concat(hex("40"), Arrays.copyOf(application, 20));              // FIR, seq 0
        byte[] last = concat(hex("81"), Arrays.copyOfRange(application, 20, application.length)); // FIN, seq 1
        dnp3.feed(tcp.server(frame(FROM_OUTSTATION, 3, 4, first)));
        assertThat(dnp3.out.functions).isEmpty();
        dnp3.feed(tcp.server(frame(FROM_OUTSTATION, 3, 4, last)));
        assertThat(dnp3.out.functions).containsExactly("dnp3:129");
        assertThat(dnp3.out.identities).hasSize(3);
        // a segment out of sequence is dropped with the fragment it would continue
        dnp3.feed(tcp.server(frame(FROM_OUTSTATION, 3, 4, concat(hex("42"), Arrays.copyOf(application, 20)))));
        dnp3.feed(tcp.server(frame(FROM_OUTSTATION, 3, 4, concat(hex("85"), Arrays.copyOf(application, 4)))));
        assertThat(dnp3.out.functions).containsExactly("dnp3:129");
    }

    @Test
    void linkStatusFramesCarryNoApplicationLayer() {
        dnp3.feed(tcp.client(frame(0xC9, 4, 3, new byte[0])));                     // request link status
        assertThat(dnp3.out.protocols).containsExactly("dnp3");
        assertThat(dnp3.out.functions).isEmpty();
        assertThat(dnp3.out.malformed).isEmpty();
    }

    @Test
    void udpDatagramsAreOneLinkFrameEach() {
        DecoderHarness udp = new DecoderHarness(new Dnp3Decoder());
        udp.feed(packets.udp("192.168.80.160", 1128, "192.168.80.12", 20000, single(FROM_MASTER, 4, 3, hex("c1 01 3c0206"))));
        udp.feed(packets.udp("192.168.80.12", 20000, "192.168.80.160", 1128, single(FROM_OUTSTATION, 3, 4, hex("c1 81 0000"))));
        assertThat(udp.out.functions).containsExactly("dnp3:1", "dnp3:129");
    }

    @Test
    void badFramesAreCountedAsMalformedNeverThrown() {
        byte[] operate = single(FROM_MASTER, 4, 3, hex("c1 04 0c0128010000000000000000000000"));
        dnp3.feed(tcp.client(operate));
        byte[] badCrc = operate.clone();
        badCrc[12] ^= 0x01;
        dnp3.feed(tcp.client(badCrc));                                             // user data CRC wrong
        dnp3.feed(tcp.client(fixHeader(hex("0564 02 c4 0400 0300 0000"))));        // length below 5
        dnp3.feed(tcp.client(single(FROM_MASTER, 4, 3, hex("c1"))));               // application header cut
        dnp3.feed(tcp.server(single(FROM_OUTSTATION, 3, 4, hex("c1 81"))));        // response without IIN
        assertThat(dnp3.out.functions).containsExactly("dnp3:4", "dnp3:129");
        assertThat(dnp3.out.malformed).hasSize(4);
    }

    private static byte[] fixHeader(byte[] frame) {
        int crc = Dnp3Crc.compute(java.nio.ByteBuffer.wrap(frame), 0, 8);
        frame[8] = (byte) crc;
        frame[9] = (byte) (crc >> 8);
        return frame;
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(20000);
        dnp3.feed(tcp.client(single(FROM_MASTER, 4, 3, hex("c1 01 3c0206"))));
        for (int i = 0; i < 3000; i++) {
            byte[] user = new byte[random.nextInt(60)];
            random.nextBytes(user);
            byte[] link = frame(random.nextBoolean() ? FROM_MASTER : FROM_OUTSTATION, 4, 3, user);
            if (random.nextInt(4) == 0 && link.length > 12) {
                link[random.nextInt(link.length)] ^= (byte) (1 + random.nextInt(255));
            }
            dnp3.feed(random.nextBoolean() ? tcp.client(link) : tcp.server(link));
        }
        assertThat(dnp3.out.protocols).containsExactly("dnp3");
    }
}
