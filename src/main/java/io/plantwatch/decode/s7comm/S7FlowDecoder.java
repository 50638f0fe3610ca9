package io.plantwatch.decode.s7comm;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.TcpPduPair;
import io.plantwatch.decode.codes.Directions;
import io.plantwatch.decode.codes.FlowMemo;
import io.plantwatch.decode.cotp.CotpHandler;
import io.plantwatch.decode.cotp.CotpReader;
import io.plantwatch.decode.cotp.TpktFramer;

import java.nio.ByteBuffer;
import java.util.function.Supplier;

/**
 * One ISO-on-TCP connection: both directions cut into TPKT packets (their reassembly state held
 * here, {@link TcpPduPair}), per direction a COTP reader and the S7 userdata fragments in progress
 * (made with the first fragment); complete COTP user data goes to S7comm (0x32) or S7comm-plus
 * (0x72). A connection is four objects (this, its memo, a COTP reader per direction): each is
 * copied by the garbage collector while the flow is young, and reached on every packet.
 * Not thread-safe; bounded by the reassembly limits.
 */
final class S7FlowDecoder extends TcpPduPair implements FlowDecoder {
    private static final String TPKT = "tpkt";

    private final S7commReader s7comm;
    private final S7Codes codes;
    /** What this connection's S7comm PDUs already reported. */
    private final FlowMemo memo = new FlowMemo();
    /** Made with the first S7comm-plus PDU: a connection speaks one of the two. */
    private S7PlusReader s7plus;
    /** The first packet's source, which tells the directions apart (see {@link Directions#isFrom}). */
    private final long firstSourceHi;
    private final long firstSourceLo;
    private final int firstSourcePort;
    private final Direction fromFirstSource = new Direction();
    private final Direction toFirstSource = new Direction();
    /** The direction of the packet in hand (a flag, not a reference: no store barrier per packet). */
    private boolean fromFirst;
    private Observations out = Observations.NONE;

    S7FlowDecoder(S7Codes codes, S7commReader s7comm, Packet first) {
        super(TpktFramer.INSTANCE);
        this.s7comm = s7comm;
        this.codes = codes;
        this.firstSourceHi = first.srcIpHi();
        this.firstSourceLo = first.srcIpLo();
        this.firstSourcePort = first.srcPort();
    }

    @Override
    public void onPacket(Packet packet, Observations out) {
        if (this.out != out) { // once: a store per packet into this old object dirties a GC card
            this.out = out;
        }
        fromFirst = Directions.isFrom(packet, firstSourceHi, firstSourceLo, firstSourcePort);
        onSegment(packet, fromFirst);
    }

    @Override
    public void onPdu(ByteBuffer buffer, int offset, int length, Packet packet) {
        out.protocol(TPKT);
        if (length > TpktFramer.HEADER) {
            (fromFirst ? fromFirstSource : toFirstSource)
                    .read(buffer, offset + TpktFramer.HEADER, length - TpktFramer.HEADER, packet, out);
        }
    }

    @Override
    public void onUnframed(ByteBuffer buffer, int offset, int length, Packet packet) {
        out.protocol(TPKT);
        if (TpktFramer.isBadLength(buffer, offset, length)) {
            out.malformed(TPKT, "TPKT length below its header");
        }
    }

    /** The state of one direction: its own COTP reader, and the userdata fragments once there are any. */
    private final class Direction extends CotpReader implements CotpHandler, Supplier<UserdataFragments> {
        private UserdataFragments fragments;

        @Override
        public UserdataFragments get() {
            if (fragments == null) {
                fragments = new UserdataFragments();
            }
            return fragments;
        }

        @Override
        public void onUserData(ByteBuffer buffer, int offset, int length, Packet packet, Observations out) {
            if (!s7comm.read(buffer, offset, length, packet, out, this, memo)) {
                if (s7plus == null) {
                    s7plus = new S7PlusReader(codes);
                }
                s7plus.read(buffer, offset, length, packet, out);
            }
        }
    }
}
