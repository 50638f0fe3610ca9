package io.plantwatch.decode;

import java.nio.ByteBuffer;

/** Receives whole PDUs cut from a TCP stream by a {@link TcpPduAssembler}. */
@FunctionalInterface
public interface PduHandler {
    /** One complete PDU; {@code packet} is the segment that completed it. */
    void onPdu(ByteBuffer buffer, int offset, int length, Packet packet);

    /**
     * The rest of the data after the framer said {@link PduFramer#UNFRAMED}: the protocol is
     * present in the frame but nothing more can be dissected.
     */
    default void onUnframed(ByteBuffer buffer, int offset, int length, Packet packet) {
    }
}
