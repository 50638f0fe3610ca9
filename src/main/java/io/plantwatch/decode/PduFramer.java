package io.plantwatch.decode;

import java.nio.ByteBuffer;

/** Finds where a protocol's PDUs end in a TCP byte stream, from their own length fields. */
@FunctionalInterface
public interface PduFramer {
    /** Returned when more bytes are needed to know the PDU's length. */
    int NEED_MORE = 0;
    /** Returned when the bytes are not this protocol: the rest of the segment is skipped. */
    int NOT_MINE = -1;
    /**
     * Returned when the bytes were taken as this protocol but no PDU can be cut from them (a bogus
     * length, a continuation without a header): Wireshark then shows the protocol with an error
     * and dissects nothing more of the data. The rest goes to {@link PduHandler#onUnframed}.
     */
    int UNFRAMED = -2;

    /**
     * The length of the PDU starting at {@code offset}, given {@code available} bytes there; or
     * {@link #NEED_MORE}, {@link #NOT_MINE} or {@link #UNFRAMED}.
     */
    int pduLength(ByteBuffer buffer, int offset, int available);

    /**
     * As {@link #pduLength(ByteBuffer, int, int)}, also told how far into the data handed to the
     * dissector the PDU starts ({@code dataOffset}; 0 for the first PDU of a segment or of
     * reassembled data), for the few protocols whose Wireshark length function depends on it.
     */
    default int pduLength(ByteBuffer buffer, int offset, int available, int dataOffset) {
        return pduLength(buffer, offset, available);
    }

    /**
     * Whether data handed to the dissector looks like this protocol. Wireshark's dissectors check
     * this once per call: on a segment's payload (or what follows a reassembled PDU in it) and on
     * reassembled data, not on each PDU that follows another in the same data.
     */
    default boolean accepts(ByteBuffer buffer, int offset, int available) {
        return true;
    }
}
