package io.plantwatch.decode.opcua;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduFramer;
import io.plantwatch.decode.TcpPduAssembler;
import io.plantwatch.decode.internal.NameTable;
import io.plantwatch.decode.internal.Wire;

import java.nio.ByteBuffer;

/** OPC UA binary on one TCP connection, messages cut per direction by their size field. Not thread-safe. */
final class OpcUaFlowDecoder implements FlowDecoder {
    private static final int HEADER = 8;
    private static final PduFramer FRAMER = OpcUaFlowDecoder::messageLength;

    private final UaMessageReader reader;
    private final long firstSourceHi;
    private final long firstSourceLo;
    private final int firstSourcePort;
    private final TcpPduAssembler fromFirst;
    private final TcpPduAssembler fromSecond;
    private Observations out;

    OpcUaFlowDecoder(NameTable services, Packet first) {
        this.reader = new UaMessageReader(services);
        this.firstSourceHi = first.srcIpHi();
        this.firstSourceLo = first.srcIpLo();
        this.firstSourcePort = first.srcPort();
        this.fromFirst = new TcpPduAssembler(FRAMER, (b, offset, length, p) -> reader.message(b, offset, length, 0, out));
        this.fromSecond = new TcpPduAssembler(FRAMER, (b, offset, length, p) -> reader.message(b, offset, length, 1, out));
    }

    /** Message size from the header; a header that is not OPC UA ends the segment's parsing. */
    static int messageLength(ByteBuffer b, int offset, int available) {
        if (available < HEADER) {
            return PduFramer.NEED_MORE;
        }
        int type = Wire.u8(b, offset) | Wire.u8(b, offset + 1) << 8 | Wire.u8(b, offset + 2) << 16;
        int size = Integer.reverseBytes(b.getInt(offset + 4));
        if (!UaMessageType.known(type) || size < HEADER) {
            return PduFramer.NOT_MINE;
        }
        return size;
    }

    @Override
    public void onPacket(Packet packet, Observations out) {
        if (packet.payloadLength() == 0) {
            return;
        }
        boolean first = packet.srcPort() == firstSourcePort && packet.srcIpLo() == firstSourceLo
                && packet.srcIpHi() == firstSourceHi;
        if (this.out != out) { // once: a store per packet into this old object dirties a GC card
            this.out = out;
        }
        (first ? fromFirst : fromSecond).onSegment(packet);
    }
}
