package io.plantwatch.decode.s7comm;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.testing.DecoderHarness;
import io.plantwatch.testing.PacketFactory;
import io.plantwatch.testing.TcpConversation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static io.plantwatch.testing.FrameBytes.concat;
import static io.plantwatch.testing.FrameBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TPKT, COTP, S7comm and S7comm-plus on hand-made and copied PDUs. The PI-Service start job was
 * run through tshark 4.0.17 first (it shows "PI-Service P_PROGRAM"); the PLC stop and the
 * S7comm-plus request are copied from snap7_s300_stop.pcapng frame 1 and s7comm_plus.pcap frame 7.
 */
class S7DecoderTest {
    private static final byte[] SETUP = tpktDt(hex("32 01 0000 0001 0008 0000 f0 00 0001 0001 01e0"));
    private static final byte[] SETUP_ACK = tpktDt(hex("32 03 0000 0001 0008 0000 0000 f0 00 0001 0001 00f0"));
    private static final byte[] PLC_STOP = hex("0300002102f0803201000000020010000029000000000009505f50524f4752414d");
    private static final byte[] PLC_START = hex("0300002502f0803201000000030014000028000000000000fd000009505f50524f4752414d");
    private static final byte[] S7PLUS_SET_VARIABLE = hex("0300006802f0807203005920e969a95a852ab0e288480ccecb618e"
            + "48779f4b68a1ce9a9c42cd6aa53680068331000004f20000831a70000e4d7470000e5101881d000700ce000004e889690012"
            + "00000000896a001300896b000400000084eb270000000072030000");

    private final DecoderHarness s7 = new DecoderHarness(new S7Decoder());
    private final TcpConversation tcp = new TcpConversation(new PacketFactory(), "10.0.0.9", 49152, "10.0.0.5", 102);

    private static byte[] tpktDt(byte[] userData) {
        return tpkt(concat(hex("02 f0 80"), userData));
    }

    private static byte[] tpkt(byte[] payload) {
        int length = payload.length + 4;
        return concat(new byte[] {3, 0, (byte) (length >> 8), (byte) length}, payload);
    }

    @Test
    void jobAndAckDataCountTheirFunction() {
        s7.feed(tcp.client(SETUP));
        s7.feed(tcp.server(SETUP_ACK));
        assertThat(s7.out.protocols).containsExactly("tpkt", "cotp", "s7comm");
        assertThat(s7.out.functions).containsExactly("s7comm:240", "s7comm:240");
        assertThat(s7.out.commands).containsExactly("Setup communication");
        assertThat(s7.out.roles).contains("SOURCE s7comm CLIENT", "DESTINATION s7comm SERVER");
    }

    @Test
    void stopAndStartAreEngineeringActivities() {
        s7.feed(tcp.client(PLC_STOP));
        s7.feed(tcp.client(PLC_START));
        assertThat(s7.out.functions).containsExactly("s7comm:41", "s7comm:40");
        assertThat(s7.out.commands).containsExactly("PLC Stop", "PI-Service P_PROGRAM (PLC start)");
        assertThat(s7.out.activities).extracting(a -> a.type())
                .containsExactly(ActivityType.CONTROLLER_STOP, ActivityType.CONTROLLER_START);
        assertThat(s7.out.roles).contains("SOURCE s7comm ENGINEERING");
    }

    @Test
    void aDownloadBlockJobFromThePlcIsNotTheEngineeringStationsActivity() {
        // the PLC asks for blocks with 0x1B jobs; the engineering station answers with the data
        s7.feed(tcp.server(tpktDt(hex("32 01 0000 0010 0002 0000 1b 00"))));
        assertThat(s7.out.activities).isEmpty();
        assertThat(s7.out.roles).doesNotContain("SOURCE s7comm ENGINEERING");
        s7.feed(tcp.client(tpktDt(hex("32 03 0000 0010 0002 0000 0000 1b 00"))));
        assertThat(s7.out.activities).extracting(a -> a.type()).containsExactly(ActivityType.PROGRAM_DOWNLOAD);
        assertThat(s7.out.roles).contains("SOURCE s7comm ENGINEERING");
    }

    @Test
    void cotpFragmentsAreReassembledBeforeS7comm() {
        byte[] setup = hex("32 01 0000 0001 0008 0000 f0 00 0001 0001 01e0");
        s7.feed(tcp.client(tpkt(concat(hex("02 f0 00"), Arrays.copyOf(setup, 9)))));
        assertThat(s7.out.functions).isEmpty();
        assertThat(s7.out.protocols).containsExactly("tpkt", "cotp");
        s7.feed(tcp.client(tpkt(concat(hex("02 f0 80"), Arrays.copyOfRange(setup, 9, setup.length)))));
        assertThat(s7.out.functions).containsExactly("s7comm:240");
    }

    @Test
    void s7commPlusIsRecognisedButNotNamedAsAFrameProtocol() {
        s7.feed(tcp.client(S7PLUS_SET_VARIABLE));
        assertThat(s7.out.protocols).containsExactly("tpkt", "cotp");
        assertThat(s7.out.commands).containsExactly("S7comm-plus SetVariable");
        assertThat(s7.out.roles).contains("SOURCE s7comm-plus CLIENT", "DESTINATION s7comm-plus SERVER");
        assertThat(s7.out.activities).extracting(a -> a.type()).containsExactly(ActivityType.WRITE);
    }

    @Test
    void aContinuationIsTpktOnly() {
        s7.feed(tcp.client(hex("05 00 00 10")));
        assertThat(s7.out.protocols).containsExactly("tpkt");
        assertThat(s7.out.malformed).isEmpty();
    }

    @Test
    void malformedPdusAreCountedNeverThrown() {
        s7.feed(tcp.client(hex("03 00 00 02")));                                   // TPKT length below its header
        s7.feed(tcp.client(tpktDt(hex("32 03 0000 0001 0001 0000"))));           // Ack_Data header cut at 10 bytes
        s7.feed(tcp.client(tpktDt(hex("32 01 0000 0002 000c 0000 28 000000000000fd 0005 00")))); // PI block runs out
        s7.feed(tcp.client(tpkt(hex("02 f0 80"))));                                // empty DT: nothing to read
        s7.feed(tcp.client(tpkt(hex("05 e0 00 00 00 01 00 10 f0 80"))));           // CR, then a DT cut short
        assertThat(s7.out.malformed).hasSize(4);
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(102);
        for (int i = 0; i < 3000; i++) {
            byte[] body = new byte[random.nextInt(60)];
            random.nextBytes(body);
            if (body.length > 4) {
                body[0] = 0x02;
                body[1] = (byte) 0xf0;
                body[3] = (byte) (random.nextBoolean() ? 0x32 : 0x72);
            }
            byte[] pdu = tpkt(body);
            s7.feed(random.nextBoolean() ? tcp.client(pdu) : tcp.server(pdu));
        }
        assertThat(s7.out.protocols).contains("tpkt");
    }
}
