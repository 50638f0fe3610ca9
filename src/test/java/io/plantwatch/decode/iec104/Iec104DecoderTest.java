package io.plantwatch.decode.iec104;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.testing.DecoderHarness;
import io.plantwatch.testing.PacketFactory;
import io.plantwatch.testing.TcpConversation;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static io.plantwatch.testing.FrameBytes.concat;
import static io.plantwatch.testing.FrameBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;

/** IEC 60870-5-104 on hand-made APDUs (IEC 60870-5-104 5.1 APCI, 60870-5-101 7.2 data unit identifier). */
class Iec104DecoderTest {
    private static final byte[] STARTDT_ACT = hex("68 04 07 000000");
    private static final byte[] STARTDT_CON = hex("68 04 0b 000000");
    /** C_SC_NA_1 single command, activation, common address 1, IOA 1000, SCO on. */
    private static final byte[] SINGLE_COMMAND = hex("68 0e 0000 0000 2d 01 0600 0100 e80300 01");
    /** The same, activation confirmation. */
    private static final byte[] SINGLE_COMMAND_CON = hex("68 0e 0200 0200 2d 01 0700 0100 e80300 01");
    /** M_ME_NC_1 spontaneous measured float. */
    private static final byte[] MEASURED = hex("68 12 0400 0200 0d 01 0300 0100 e90300 0000803f 00");

    private final DecoderHarness iec104 = new DecoderHarness(new Iec104Decoder());
    private final TcpConversation tcp = new TcpConversation(new PacketFactory(), "10.1.1.1", 50000, "10.1.1.2", 2404);

    @Test
    void uFormatNamesAndRoles() {
        iec104.feed(tcp.client(STARTDT_ACT));
        iec104.feed(tcp.server(STARTDT_CON));
        assertThat(iec104.out.protocols).containsExactly("iec60870_104");
        assertThat(iec104.out.functions).isEmpty();
        assertThat(iec104.out.commands).containsExactly("STARTDT act", "STARTDT con");
        assertThat(iec104.out.roles).contains("SOURCE iec60870_104 CLIENT", "DESTINATION iec60870_104 SERVER");
    }

    @Test
    void aCommandActivationToTheStationIsAWrite() {
        iec104.feed(tcp.client(SINGLE_COMMAND));
        iec104.feed(tcp.server(SINGLE_COMMAND_CON));
        assertThat(iec104.out.functions).containsExactly("iec60870_asdu:45", "iec60870_asdu:45");
        assertThat(iec104.out.commands).containsExactly("C_SC_NA_1 Single command");
        assertThat(iec104.out.activities).extracting(a -> a.type() + " " + a.detail())
                .containsExactly("WRITE C_SC_NA_1 Single command (common address 1)");
    }

    @Test
    void severalApdusInOneSegmentAreEachRead() {
        iec104.feed(tcp.server(concat(hex("68 04 01 00 0200"), MEASURED, MEASURED)));
        assertThat(iec104.out.functions).containsExactly("iec60870_asdu:13", "iec60870_asdu:13");
        assertThat(iec104.out.activities).isEmpty();
    }

    @Test
    void anApduSplitOverSegmentsIsReadOnce() {
        iec104.feed(tcp.server(java.util.Arrays.copyOf(MEASURED, 9)));
        iec104.feed(tcp.server(java.util.Arrays.copyOfRange(MEASURED, 9, MEASURED.length)));
        assertThat(iec104.out.functions).containsExactly("iec60870_asdu:13");
    }

    @Test
    void badApdusAreCountedAsMalformedNeverThrown() {
        iec104.feed(tcp.client(hex("68 02 0000 0000")));            // APDU length below 4
        iec104.feed(tcp.client(hex("68 04 0000 0000")));            // I-format without an ASDU
        iec104.feed(tcp.client(hex("68 06 0000 0000 2d 01")));      // data unit identifier cut
        iec104.feed(tcp.client(hex("01 02 03 04 05 06 07")));       // no start byte
        assertThat(iec104.out.malformed).hasSize(4);
        assertThat(iec104.out.functions).containsExactly("iec60870_asdu:45");
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(2404);
        for (int i = 0; i < 3000; i++) {
            byte[] apdu = new byte[random.nextInt(40)];
            random.nextBytes(apdu);
            if (apdu.length > 2 && random.nextBoolean()) {
                apdu[0] = 0x68;
                apdu[1] = (byte) (apdu.length - 2);
            }
            iec104.feed(random.nextBoolean() ? tcp.client(apdu) : tcp.server(apdu));
        }
        assertThat(iec104.out.protocols).contains("iec60870_104");
    }
}
