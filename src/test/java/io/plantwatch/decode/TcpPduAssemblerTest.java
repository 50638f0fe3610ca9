package io.plantwatch.decode;

import io.plantwatch.testing.PacketFactory;
import io.plantwatch.testing.TcpConversation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.plantwatch.testing.FrameBytes.concat;
import static io.plantwatch.testing.FrameBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assembler against tshark 4.0.17: every scenario here was written as a capture and run
 * through tshark first; the expected PDUs are what tshark dissected. The framer is Modbus/TCP's
 * (tshark's mbtcp: a dissector call needs 8 bytes, protocol id 0 and a length of at least 2;
 * the PDU is the MBAP length plus 6).
 */
class TcpPduAssemblerTest {
    private static final byte[] READ = hex("0001 0000 0006 01 03 0000 0001");
    private static final byte[] WRITE = hex("0002 0000 0006 01 06 0001 0002");

    private final PduFramer mbap = new PduFramer() {
        @Override
        public int pduLength(ByteBuffer b, int offset, int available) {
            return available < 6 ? NEED_MORE : (b.getShort(offset + 4) & 0xFFFF) + 6;
        }

        @Override
        public boolean accepts(ByteBuffer b, int offset, int available) {
            return available >= 8 && b.getShort(offset + 2) == 0 && (b.getShort(offset + 4) & 0xFFFF) >= 2;
        }
    };
    private final List<String> pdus = new ArrayList<>();
    private TcpPduAssembler assembler;
    private TcpConversation tcp;
    private int segment;

    @BeforeEach
    void setUp() {
        assembler = new TcpPduAssembler(mbap, (buffer, offset, length, packet) -> {
            byte[] pdu = new byte[length];
            buffer.get(offset, pdu, 0, length);
            pdus.add(segment + ":fc" + pdu[7]);
        });
        tcp = new TcpConversation(new PacketFactory(), "10.0.0.1", 40001, "10.0.0.2", 502);
    }

    private void feed(Packet p) {
        segment++;
        assembler.onSegment(p);
    }

    @Test
    void wholePdusInOneSegmentAreEachDelivered() {
        feed(tcp.client(concat(READ, WRITE)));
        assertThat(pdus).containsExactly("1:fc3", "1:fc6");
    }

    @Test
    void aRetransmittedSegmentIsNotDissectedAgain() {
        feed(tcp.client(READ));
        feed(tcp.clientAt(tcp.clientSeq() - READ.length, WRITE, TcpConversation.ACK_PSH));
        assertThat(pdus).containsExactly("1:fc3");
    }

    @Test
    void aKeepAliveIsNotDissected() {
        feed(tcp.client(READ));
        feed(tcp.clientAt(tcp.clientSeq() - 1, new byte[] {0}, Packet.ACK));
        feed(tcp.client(WRITE));
        assertThat(pdus).containsExactly("1:fc3", "3:fc6");
    }

    @Test
    void anOverlappingSegmentIsLostEvenItsNewBytes() {
        feed(tcp.client(READ));
        feed(tcp.clientAt(tcp.clientSeq() - 6, concat(Arrays.copyOfRange(READ, 6, 12), WRITE), TcpConversation.ACK_PSH));
        assertThat(pdus).containsExactly("1:fc3");
    }

    @Test
    void aSplitPduIsDeliveredOnTheSegmentThatCompletesIt() {
        feed(tcp.client(Arrays.copyOf(READ, 9)));
        assertThat(assembler.collecting()).isTrue();
        feed(tcp.client(concat(Arrays.copyOfRange(READ, 9, 12), WRITE)));
        assertThat(pdus).containsExactly("2:fc3", "2:fc6");
        assertThat(assembler.collecting()).isFalse();
    }

    @Test
    void aRetransmissionOfTheFirstPartDoesNotDisturbCollecting() {
        feed(tcp.client(Arrays.copyOf(READ, 9)));
        feed(tcp.clientAt(tcp.clientSeq() - 9, Arrays.copyOf(READ, 9), TcpConversation.ACK_PSH));
        feed(tcp.client(Arrays.copyOfRange(READ, 9, 12)));
        assertThat(pdus).containsExactly("3:fc3");
    }

    @Test
    void tooShortAStartIsNotTheProtocolSoNothingIsCollected() {
        feed(tcp.client(Arrays.copyOf(READ, 5)));
        feed(tcp.client(Arrays.copyOfRange(READ, 5, 12)));
        assertThat(pdus).isEmpty();
        assertThat(assembler.collecting()).isFalse();
    }

    @Test
    void whatFollowsACompletedPduIsCheckedAnew() {
        // tshark: the 3 bytes after the reassembled PDU are a new call, too short for mbtcp: data
        feed(tcp.client(Arrays.copyOf(WRITE, 9)));
        feed(tcp.client(concat(Arrays.copyOfRange(WRITE, 9, 12), Arrays.copyOf(READ, 3))));
        feed(tcp.client(Arrays.copyOfRange(READ, 3, 12)));
        assertThat(pdus).containsExactly("2:fc6");
    }

    @Test
    void anIncompleteHeaderIsCompletedWithTheWholeNextSegmentAndCheckedAgain() {
        // a PDU followed by 3 bytes in one call: the 3 bytes wait for one more segment, then the
        // combined bytes are handed over and checked (here: a valid PDU and another)
        feed(tcp.client(concat(READ, Arrays.copyOf(WRITE, 3))));
        feed(tcp.client(concat(Arrays.copyOfRange(WRITE, 3, 12), READ)));
        assertThat(pdus).containsExactly("1:fc3", "2:fc6", "2:fc3");
    }

    @Test
    void combinedBytesThatAreNotTheProtocolAreDropped() {
        // tshark, modbus_test_data_part1.pcap frames 111 and 113
        feed(tcp.client(concat(READ, hex("010123"))));
        feed(tcp.client(READ));
        assertThat(pdus).containsExactly("1:fc3");
    }

    @Test
    void aLostSegmentInsideAPduSwallowsTheRestOfIt() {
        feed(tcp.client(Arrays.copyOf(READ, 9)));
        tcp.loseClientBytes(2);
        // covers READ[11], then a whole READ: tshark adds the first byte to the broken PDU and
        // dissects the rest (the lost bytes never came, so the first PDU is never delivered)
        feed(tcp.clientAt(tcp.clientSeq(), concat(Arrays.copyOfRange(READ, 11, 12), WRITE), TcpConversation.ACK_PSH));
        assertThat(pdus).containsExactly("2:fc6");
    }

    @Test
    void aResetsPayloadIsNotDissected() {
        feed(tcp.clientAt(tcp.clientSeq(), READ, Packet.RST | Packet.ACK));
        assertThat(pdus).isEmpty();
    }
}
