package io.plantwatch.decode.codes;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduFramer;
import io.plantwatch.decode.TcpPduPair;

import java.nio.ByteBuffer;

/**
 * A TCP flow of one PDU-based protocol: both directions are cut into PDUs with the protocol's
 * framer, their reassembly state held in this object ({@link TcpPduPair}), and each PDU goes to
 * the reader. A protocol's decoder may extend this and be its own reader, so a flow's PDUs reach
 * one object (every exchange of a busy capture finds its flow's objects out of the CPU caches, and
 * each one more costs a miss). Not thread-safe; bounded by the reassembly limits.
 */
public class PduFlowDecoder extends TcpPduPair implements FlowDecoder {
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
    private Observations out = Observations.NONE;

    public PduFlowDecoder(PduFramer framer, Reader reader, Packet first) {
        this(framer, first, reader);
    }

    /** For a subclass that is its own reader (it must implement {@link Reader}). */
    protected PduFlowDecoder(PduFramer framer, Packet first) {
        this(framer, first, null);
    }

    private PduFlowDecoder(PduFramer framer, Packet first, Reader reader) {
        super(framer);
        if (reader == null && !(this instanceof Reader)) {
            throw new IllegalStateException(getClass() + " reads no PDUs: it must implement PduFlowDecoder.Reader");
        }
        this.reader = reader != null ? reader : (Reader) this;
        this.firstSourceHi = first.srcIpHi();
        this.firstSourceLo = first.srcIpLo();
        this.firstSourcePort = first.srcPort();
    }

    @Override
    public final void onPacket(Packet packet, Observations out) {
        if (this.out != out) { // once: a store per packet into this old object dirties a GC card
            this.out = out;
        }
        onSegment(packet, Directions.isFrom(packet, firstSourceHi, firstSourceLo, firstSourcePort));
    }

    @Override
    public final void onPdu(ByteBuffer buffer, int offset, int length, Packet packet) {
        reader.read(buffer, offset, length, packet, out);
    }

    @Override
    public final void onUnframed(ByteBuffer buffer, int offset, int length, Packet packet) {
        reader.unframed(buffer, offset, length, packet, out);
    }
}
