package io.plantwatch.decode.s7comm;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduHandler;
import io.plantwatch.decode.TcpPduAssembler;
import io.plantwatch.decode.codes.Directions;
import io.plantwatch.decode.codes.FlowMemo;
import io.plantwatch.decode.cotp.CotpHandler;
import io.plantwatch.decode.cotp.CotpReader;
import io.plantwatch.decode.cotp.TpktFramer;

import java.nio.ByteBuffer;

/**
 * One ISO-on-TCP connection: per direction a TPKT assembler, a COTP reader and the S7 userdata
 * fragments in progress; complete COTP user data goes to S7comm (0x32) or S7comm-plus (0x72).
 * The decoder is the flow's memo for S7comm and each direction its own COTP reader, so a packet
 * reaches three objects (every exchange of a busy capture finds them out of the CPU caches).
 * Not thread-safe; bounded by the assemblers and reassemblers.
 */
final class S7FlowDecoder extends FlowMemo implements FlowDecoder {
    private static final String TPKT = "tpkt";

    private final S7commReader s7comm;
    private final S7Codes codes;
    /** Made with the first S7comm-plus PDU: a connection speaks one of the two. */
    private S7PlusReader s7plus;
    /** The first packet's source, which tells the directions apart (see {@link Directions#isFrom}). */
    private final long firstSourceHi;
    private final long firstSourceLo;
    private final int firstSourcePort;
    private final Direction fromFirstSource = new Direction();
    private final Direction toFirstSource = new Direction();
    private Observations out = Observations.NONE;

    S7FlowDecoder(S7Codes codes, S7commReader s7comm, Packet first) {
        this.s7comm = s7comm;
        this.codes = codes;
        this.firstSourceHi = first.srcIpHi();
        this.firstSourceLo = first.srcIpLo();
        this.firstSourcePort = first.srcPort();
    }

    @Override
    public void onPacket(Packet packet, Observations out) {
        this.out = out;
        boolean fromFirst = Directions.isFrom(packet, firstSourceHi, firstSourceLo, firstSourcePort);
        (fromFirst ? fromFirstSource : toFirstSource).tpkt.onSegment(packet);
    }

    /** The state of one direction; its own COTP reader. */
    private final class Direction extends CotpReader implements PduHandler, CotpHandler {
        final TcpPduAssembler tpkt = new TcpPduAssembler(TpktFramer.INSTANCE, this);
        final UserdataFragments fragments = new UserdataFragments();

        @Override
        public void onPdu(ByteBuffer buffer, int offset, int length, Packet packet) {
            out.protocol(TPKT);
            if (length > TpktFramer.HEADER) {
                read(buffer, offset + TpktFramer.HEADER, length - TpktFramer.HEADER, packet, out);
            }
        }

        @Override
        public void onUnframed(ByteBuffer buffer, int offset, int length, Packet packet) {
            out.protocol(TPKT);
            if (TpktFramer.isBadLength(buffer, offset, length)) {
                out.malformed(TPKT, "TPKT length below its header");
            }
        }

        @Override
        public void onUserData(ByteBuffer buffer, int offset, int length, Packet packet, Observations out) {
            if (!s7comm.read(buffer, offset, length, packet, out, fragments, S7FlowDecoder.this)) {
                if (s7plus == null) {
                    s7plus = new S7PlusReader(codes);
                }
                s7plus.read(buffer, offset, length, packet, out);
            }
        }
    }
}
