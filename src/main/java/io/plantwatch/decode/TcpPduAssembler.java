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
 * are tracked. One instance per flow direction (a decoder that wants both directions' state in
 * one object extends {@link TcpPduPair}, which applies these rules). Memory is bounded by
 * {@link #MAX_PDU}. Not thread-safe.
 */
public final class TcpPduAssembler extends TcpPduPair {
    /** A PDU claimed to be larger than this is treated as garbage and dropped. */
    public static final int MAX_PDU = 1 << 20;

    private final PduHandler handler;

    public TcpPduAssembler(PduFramer framer, PduHandler handler) {
        super(framer);
        this.handler = handler;
    }

    /** True while a PDU spans segments (for tests and for decoders that care). */
    public boolean collecting() {
        return collecting(true);
    }

    /** Feeds one segment of this direction (payload or not). */
    public void onSegment(Packet packet) {
        onSegment(packet, true);
    }

    @Override
    public void onPdu(ByteBuffer buffer, int offset, int length, Packet packet) {
        handler.onPdu(buffer, offset, length, packet);
    }

    @Override
    public void onUnframed(ByteBuffer buffer, int offset, int length, Packet packet) {
        handler.onUnframed(buffer, offset, length, packet);
    }
}
