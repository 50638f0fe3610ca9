package io.plantwatch.decode;

import java.nio.ByteBuffer;

/**
 * Both directions of one TCP flow cut into PDUs by the rules of {@link TcpPduAssembler} (see
 * there: Wireshark 4.0's desegmentation), with each direction's state in this object's own fields
 * rather than in an assembler object per direction: every exchange of a busy capture finds its
 * flow's state out of the CPU caches, and each object more to reach costs a miss. Subclasses are
 * a flow's decoder: they tell which direction a segment travels and receive the PDUs
 * ({@link PduHandler}). Memory is bounded by {@link TcpPduAssembler#MAX_PDU} per direction.
 * Not thread-safe.
 */
public abstract class TcpPduPair implements PduHandler {
    private static final long SEQ_MASK = 0xFFFFFFFFL;
    private static final int MAX_PDU = TcpPduAssembler.MAX_PDU;

    private final PduFramer framer;
    /** Wireshark's {@code nextseq} per direction: the highest sequence number it has reached. */
    private boolean firstSequenceKnown;
    private boolean secondSequenceKnown;
    private long firstNextSeq;
    private long secondNextSeq;
    /**
     * What a direction keeps while a PDU spans segments, made the first time one does: most
     * directions carry whole PDUs in each segment.
     */
    private Backlog firstBacklog;
    private Backlog secondBacklog;

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

    protected TcpPduPair(PduFramer framer) {
        this.framer = framer;
    }

    /** True while a PDU spans segments in the direction ({@code first}: from the flow's first source). */
    protected final boolean collecting(boolean first) {
        Backlog b = first ? firstBacklog : secondBacklog;
        return b != null && b.pending != null;
    }

    /**
     * Feeds one segment (payload or not) of the direction {@code first} names: true for the
     * direction of the flow's first packet (any fixed choice works, as long as it is kept).
     */
    protected final void onSegment(Packet packet, boolean first) {
        int length = Math.max(0, packet.payloadLength());
        long seq = packet.tcpSeq() & SEQ_MASK;
        int flags = packet.tcpFlags();
        boolean known = first ? firstSequenceKnown : secondSequenceKnown;
        long nextSeq = first ? firstNextSeq : secondNextSeq;
        boolean repeat = known && length > 0 && before(seq, nextSeq);
        long end = (seq + length + ((flags & (Packet.SYN | Packet.FIN)) != 0 ? 1 : 0)) & SEQ_MASK;
        if (!known || before(nextSeq, end)) {
            if (first) {
                firstNextSeq = end;
                firstSequenceKnown = true;
            } else {
                secondNextSeq = end;
                secondSequenceKnown = true;
            }
        }
        if (length == 0 || repeat || (flags & Packet.RST) != 0) {
            return;
        }
        ByteBuffer buffer = packet.payloadBuffer();
        int offset = packet.payloadOffset();
        Backlog b = first ? firstBacklog : secondBacklog;
        if (b != null && b.pending != null) {
            if (seq == ((b.pendingSeq + b.pendingLength) & SEQ_MASK)) {
                continuePending(b, first, buffer, offset, length, seq, packet);
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
                parse(first, buffer, offset + inside, length - inside, (seq + inside) & SEQ_MASK, packet);
                return;
            }
        }
        parse(first, buffer, offset, length, seq, packet);
    }

    private void continuePending(Backlog b, boolean first, ByteBuffer buffer, int offset, int length, long seq,
                                 Packet packet) {
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
            parse(first, combined, 0, combinedLength, combinedSeq, packet);
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
            onPdu(pdu, 0, pduLength, packet);
        }
        if (take < length) {
            parse(first, buffer, offset + take, length - take, (seq + take) & SEQ_MASK, packet);
        }
    }

    /** Hands data to the protocol as Wireshark calls a dissector: one call, PDUs cut in a loop. */
    private void parse(boolean first, ByteBuffer buffer, int offset, int length, long seq, Packet packet) {
        if (!framer.accepts(buffer, offset, length)) {
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
                onUnframed(buffer, offset + at, available, packet);
                return;
            }
            if (total == PduFramer.NEED_MORE || total > available) {
                startPending(first, buffer, offset + at, available, (seq + at) & SEQ_MASK, total);
                return;
            }
            onPdu(buffer, offset + at, total, packet);
            at += total;
        }
    }

    private void startPending(boolean first, ByteBuffer buffer, int offset, int available, long seq, int total) {
        Backlog b = first ? firstBacklog : secondBacklog;
        if (b == null) {
            b = new Backlog();
            if (first) {
                firstBacklog = b;
            } else {
                secondBacklog = b;
            }
        }
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
