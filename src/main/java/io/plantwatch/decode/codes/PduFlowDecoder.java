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
    /** The first packet's source, which tells the directions apart (see {@link Directions#isFrom}). */
    private final long firstSourceHi;
    private final long firstSourceLo;
    private final int firstSourcePort;
    private final TcpPduAssembler fromFirstSource;
    private final TcpPduAssembler toFirstSource;
    private Observations out = Observations.NONE;

    public PduFlowDecoder(PduFramer framer, Reader reader, Packet first) {
        this.reader = reader;
        this.firstSourceHi = first.srcIpHi();
        this.firstSourceLo = first.srcIpLo();
        this.firstSourcePort = first.srcPort();
        this.fromFirstSource = new TcpPduAssembler(framer, this);
        this.toFirstSource = new TcpPduAssembler(framer, this);
    }

    @Override
    public void onPacket(Packet packet, Observations out) {
        this.out = out;
        boolean fromFirst = Directions.isFrom(packet, firstSourceHi, firstSourceLo, firstSourcePort);
        (fromFirst ? fromFirstSource : toFirstSource).onSegment(packet);
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
