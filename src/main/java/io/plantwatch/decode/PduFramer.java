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
     * The length of the PDU starting at {@code offset}, given {@code available} bytes there; or
     * {@link #NEED_MORE} or {@link #NOT_MINE}.
     */
    int pduLength(ByteBuffer buffer, int offset, int available);
}
