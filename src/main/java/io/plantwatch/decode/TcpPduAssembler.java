package io.plantwatch.decode;

import java.nio.ByteBuffer;

/**
 * Cuts one direction of a TCP stream into PDUs the way Wireshark 4.0's TCP desegmentation does,
 * so counts agree with tshark (each rule below was checked against tshark on crafted captures):
 * <ul>
 *   <li>A segment that starts before the highest sequence number seen so far (a retransmission,
 *       an out-of-order or overlapping segment, a keep-alive) is not dissected at all; nor is the
 *       payload of a reset.</li>
 *   <li>Each other segment is handed to the protocol from its start ({@link PduFramer#accepts}
 *       decides whether it is the protocol's) and cut into PDUs; a PDU that runs past the segment
 *       is collected across the following segments and delivered once, on the segment that
 *       completes it, after the protocol accepted the reassembled bytes. What follows it in that
 *       segment is handed over anew, as Wireshark does.</li>
 *   <li>When even a PDU's header is incomplete ({@link PduFramer#NEED_MORE}), the collected bytes
 *       plus the whole next segment are handed over together, and cut again.</li>
 *   <li>A lost segment inside a PDU being collected means that PDU never completes; bytes of
 *       later segments up to its announced end are swallowed, what follows is handed over anew.</li>
 * </ul>
 * Feed it every segment of its direction, including those without payload, so sequence numbers
 * are tracked. One instance per flow direction. Memory is bounded by {@link #MAX_PDU}.
 * Not thread-safe.
 */
public final class TcpPduAssembler {
    /** A PDU claimed to be larger than this is treated as garbage and dropped. */
    public static final int MAX_PDU = 1 << 20;
    private static final long SEQ_MASK = 0xFFFFFFFFL;

    private final PduFramer framer;
    private final PduHandler handler;

    /** Wireshark's {@code nextseq}: the highest sequence number this direction has reached. */
    private boolean sequenceKnown;
    private long nextSeq;
    /**
     * What is kept while a PDU spans segments, made the first time one does: most directions
     * carry whole PDUs in each segment, and there is one assembler per flow direction.
     */
    private Backlog backlog;

    /** A PDU being collected across segments, and the end of one whose rest is swallowed. */
    private static final class Backlog {
        /** Bytes of the PDU being collected, or null when none is. */
        byte[] pending;
        int pendingLength;
        /** Sequence number of the pending PDU's first byte. */
        long pendingSeq;
        /** The pending PDU's total length, or NEED_MORE while its header is incomplete. */
        int pendingTotal;
        /** Set while swallowing the rest of a PDU that lost a segment; {@code skipEnd} is its end. */
        boolean skipping;
        long skipEnd;
    }

    public TcpPduAssembler(PduFramer framer, PduHandler handler) {
        this.framer = framer;
        this.handler = handler;
    }

    /** True while a PDU spans segments (for tests and for decoders that care). */
    public boolean collecting() {
        return backlog != null && backlog.pending != null;
    }

    /** Feeds one segment of this direction (payload or not). */
    public void onSegment(Packet packet) {
        int length = Math.max(0, packet.payloadLength());
        long seq = packet.tcpSeq() & SEQ_MASK;
        int flags = packet.tcpFlags();
        boolean repeat = sequenceKnown && length > 0 && before(seq, nextSeq);
        long end = (seq + length + ((flags & (Packet.SYN | Packet.FIN)) != 0 ? 1 : 0)) & SEQ_MASK;
        if (!sequenceKnown || before(nextSeq, end)) {
            nextSeq = end;
            sequenceKnown = true;
        }
        if (length == 0 || repeat || (flags & Packet.RST) != 0) {
            return;
        }
        ByteBuffer buffer = packet.payloadBuffer();
        int offset = packet.payloadOffset();
        Backlog b = backlog;
        if (b != null && b.pending != null) {
            if (seq == ((b.pendingSeq + b.pendingLength) & SEQ_MASK)) {
                continuePending(b, buffer, offset, length, seq, packet);
                return;
            }
            // a segment was lost: a PDU of known length now has a hole and can never complete
            if (b.pendingTotal > 0 && before(seq, (b.pendingSeq + b.pendingTotal) & SEQ_MASK)) {
                b.skipping = true;
                b.skipEnd = (b.pendingSeq + b.pendingTotal) & SEQ_MASK;
            }
            b.pending = null;
        }
        if (b != null && b.skipping) {
            b.skipping = false;
            if (before(seq, b.skipEnd)) {
                int inside = (int) Math.min(length, (b.skipEnd - seq) & SEQ_MASK);
                if (inside == length) {
                    b.skipping = ((seq + length) & SEQ_MASK) != b.skipEnd;
                    return;
                }
                parse(buffer, offset + inside, length - inside, (seq + inside) & SEQ_MASK, packet, true);
                return;
            }
        }
        parse(buffer, offset, length, seq, packet, true);
    }

    private void continuePending(Backlog b, ByteBuffer buffer, int offset, int length, long seq, Packet packet) {
        if (b.pendingTotal == PduFramer.NEED_MORE) {
            // Wireshark hands over the collected bytes together with this whole segment
            if ((long) b.pendingLength + length > MAX_PDU) {
                b.pending = null;
                return;
            }
            append(b, buffer, offset, length);
            ByteBuffer combined = ByteBuffer.wrap(b.pending, 0, b.pendingLength);
            long combinedSeq = b.pendingSeq;
            int combinedLength = b.pendingLength;
            b.pending = null;
            parse(combined, 0, combinedLength, combinedSeq, packet, true);
            return;
        }
        int take = Math.min(b.pendingTotal - b.pendingLength, length);
        append(b, buffer, offset, take);
        if (b.pendingLength < b.pendingTotal) {
            return;
        }
        ByteBuffer pdu = ByteBuffer.wrap(b.pending, 0, b.pendingTotal);
        int pduLength = b.pendingTotal;
        b.pending = null;
        if (framer.accepts(pdu, 0, pduLength)) {
            handler.onPdu(pdu, 0, pduLength, packet);
        }
        if (take < length) {
            parse(buffer, offset + take, length - take, (seq + take) & SEQ_MASK, packet, true);
        }
    }

    /** Hands data to the protocol as Wireshark calls a dissector: one call, PDUs cut in a loop. */
    private void parse(ByteBuffer buffer, int offset, int length, long seq, Packet packet, boolean check) {
        if (check && !framer.accepts(buffer, offset, length)) {
            return;
        }
        int at = 0;
        while (at < length) {
            int available = length - at;
            int total = framer.pduLength(buffer, offset + at, available, at);
            if (total == PduFramer.NOT_MINE || total > MAX_PDU) {
                return;
            }
            if (total < 0) {
                handler.onUnframed(buffer, offset + at, available, packet);
                return;
            }
            if (total == PduFramer.NEED_MORE || total > available) {
                startPending(buffer, offset + at, available, (seq + at) & SEQ_MASK, total);
                return;
            }
            handler.onPdu(buffer, offset + at, total, packet);
            at += total;
        }
    }

    private void startPending(ByteBuffer buffer, int offset, int available, long seq, int total) {
        if (backlog == null) {
            backlog = new Backlog();
        }
        Backlog b = backlog;
        b.pending = new byte[Math.max(64, available)];
        b.pendingLength = 0;
        b.pendingSeq = seq;
        b.pendingTotal = total;
        append(b, buffer, offset, available);
    }

    private static void append(Backlog b, ByteBuffer buffer, int offset, int length) {
        if (length <= 0) {
            return;
        }
        grow(b, b.pendingLength + length);
        buffer.get(offset, b.pending, b.pendingLength, length);
        b.pendingLength += length;
    }

    private static void grow(Backlog b, int size) {
        if (size > b.pending.length) {
            byte[] grown = new byte[Math.min(MAX_PDU, Math.max(size, b.pending.length * 2))];
            System.arraycopy(b.pending, 0, grown, 0, b.pendingLength);
            b.pending = grown;
        }
    }

    /** TCP sequence order (RFC 1982 serial arithmetic on 32 bits). */
    private static boolean before(long a, long b) {
        return (int) (a - b) < 0;
    }
}
