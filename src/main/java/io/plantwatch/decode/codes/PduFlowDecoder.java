package io.plantwatch.decode.codes;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduFramer;
import io.plantwatch.decode.PduHandler;
import io.plantwatch.decode.TcpPduAssembler;

import java.nio.ByteBuffer;

/**
 * A TCP flow of one PDU-based protocol: an assembler per direction cuts PDUs with the protocol's
 * framer and hands each to its reader. Not thread-safe; bounded by the assemblers.
 */
public final class PduFlowDecoder implements FlowDecoder, PduHandler {
    /** Reads the protocol's PDUs; one per flow, so it may keep the flow's state. */
    public interface Reader {
        void read(ByteBuffer buffer, int offset, int length, Packet packet, Observations out);

        /** Data the framer could not cut ({@link PduFramer#UNFRAMED}); ignored unless overridden. */
        default void unframed(ByteBuffer buffer, int offset, int length, Packet packet, Observations out) {
        }
    }

    private final Reader reader;
    private final Directions<TcpPduAssembler> directions;
    private Observations out = Observations.NONE;

    public PduFlowDecoder(PduFramer framer, Reader reader, Packet first) {
        this.reader = reader;
        this.directions = new Directions<>(first, new TcpPduAssembler(framer, this), new TcpPduAssembler(framer, this));
    }

    @Override
    public void onPacket(Packet packet, Observations out) {
        this.out = out;
        directions.of(packet).onSegment(packet);
    }

    @Override
    public void onPdu(ByteBuffer buffer, int offset, int length, Packet packet) {
        reader.read(buffer, offset, length, packet, out);
    }

    @Override
    public void onUnframed(ByteBuffer buffer, int offset, int length, Packet packet) {
        reader.unframed(buffer, offset, length, packet, out);
    }
}
