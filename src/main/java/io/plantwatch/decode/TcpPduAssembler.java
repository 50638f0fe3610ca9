package io.plantwatch.decode;

import java.nio.ByteBuffer;

/**
 * Cuts one direction of a TCP stream into PDUs the way Wireshark's TCP desegmentation does, so
 * counts agree with tshark: each segment is parsed from its start; a PDU that runs past its
 * segment is collected across the following segments and delivered once, on the segment that
 * completes it; a segment that merely repeats bytes already collected is ignored, but a
 * retransmitted segment holding whole PDUs is parsed again (as tshark does).
 *
 * <p>One instance per flow direction. Memory is bounded by {@link #MAX_PDU}. Not thread-safe.
 */
public final class TcpPduAssembler {
    /** A PDU claimed to be larger than this is treated as garbage and dropped. */
    public static final int MAX_PDU = 1 << 20;

    private final PduFramer framer;
    private final PduHandler handler;
    /** Bytes of the PDU being collected across segments, or null when none is. */
    private byte[] pending;
    private int pendingLength;
    /** Sequence number of the pending PDU's first byte. */
    private long pendingSeq;
    /** The pending PDU's total length, or NEED_MORE while its header is incomplete. */
    private int pendingTotal;

    public TcpPduAssembler(PduFramer framer, PduHandler handler) {
        this.framer = framer;
        this.handler = handler;
    }

    /** True while a PDU spans segments (for tests and for decoders that care). */
    public boolean collecting() {
        return pending != null;
    }

    /** Feeds one segment of this direction. */
    public void onSegment(Packet packet) {
        int length = packet.payloadLength();
        if (length <= 0) {
            return;
        }
        ByteBuffer buffer = packet.payloadBuffer();
        int offset = packet.payloadOffset();
        long seq = packet.tcpSeq();
        if (pending != null) {
            int relative = (int) (seq - pendingSeq); // wraps correctly at 2^32
            if (relative >= 0 && relative <= pendingLength) {
                int fresh = relative + length - pendingLength;
                if (fresh <= 0) {
                    return; // a repeat of bytes already collected
                }
                int skip = length - fresh;
                int used = continuePending(buffer, offset + skip, fresh, packet);
                if (used < 0 || used >= fresh) {
                    return;
                }
                parse(buffer, offset + skip + used, fresh - used, seq + skip + used, packet);
                return;
            }
            if (relative < 0 && relative + length <= 0) {
                // entirely before the pending PDU: an old retransmission; Wireshark parses it anew
                parse(buffer, offset, length, seq, packet);
                return;
            }
            pending = null; // a gap: the pending PDU can never complete
        }
        parse(buffer, offset, length, seq, packet);
    }

    /**
     * Adds bytes to the pending PDU; returns how many were used when it completed, or -1 when it
     * still needs more (all were used) or was dropped.
     */
    private int continuePending(ByteBuffer buffer, int offset, int length, Packet packet) {
        int take;
        if (pendingTotal > 0) {
            take = Math.min(pendingTotal - pendingLength, length);
            append(buffer, offset, take);
        } else {
            take = length;
            append(buffer, offset, take);
            int total = framer.pduLength(ByteBuffer.wrap(pending, 0, pendingLength), 0, pendingLength);
            if (total == PduFramer.NOT_MINE || total > MAX_PDU) {
                pending = null;
                return -1;
            }
            pendingTotal = total;
            if (total == PduFramer.NEED_MORE) {
                return -1;
            }
            if (total < pendingLength) {
                take -= pendingLength - total; // these bytes belong to the next PDU
                pendingLength = total;
            }
        }
        if (pendingLength < pendingTotal) {
            return -1;
        }
        byte[] pdu = pending;
        int pduLength = pendingTotal;
        pending = null;
        handler.onPdu(ByteBuffer.wrap(pdu, 0, pduLength), 0, pduLength, packet);
        return take;
    }

    private void parse(ByteBuffer buffer, int offset, int length, long seq, Packet packet) {
        int at = 0;
        while (at < length) {
            int available = length - at;
            int total = framer.pduLength(buffer, offset + at, available);
            if (total == PduFramer.NOT_MINE || total > MAX_PDU) {
                return;
            }
            if (total == PduFramer.NEED_MORE || total > available) {
                pending = new byte[Math.max(64, Math.max(total, available))];
                pendingLength = 0;
                pendingSeq = seq + at;
                pendingTotal = total;
                append(buffer, offset + at, available);
                return;
            }
            handler.onPdu(buffer, offset + at, total, packet);
            at += total;
        }
    }

    private void append(ByteBuffer buffer, int offset, int length) {
        if (length <= 0) {
            return;
        }
        grow(pendingLength + length);
        buffer.get(offset, pending, pendingLength, length);
        pendingLength += length;
    }

    private void grow(int size) {
        if (size > pending.length) {
            byte[] grown = new byte[Math.min(MAX_PDU, Math.max(size, pending.length * 2))];
            System.arraycopy(pending, 0, grown, 0, pendingLength);
            pending = grown;
        }
    }
}
