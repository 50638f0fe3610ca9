package io.plantwatch.decode.iec104;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduHandler;
import io.plantwatch.decode.TcpPduAssembler;

import java.nio.ByteBuffer;

/** One IEC 104 connection: an APDU assembler per direction. Not thread-safe; bounded. */
final class Iec104FlowDecoder implements FlowDecoder, PduHandler {
    private final ApciReader reader;
    private final long firstSourceHi;
    private final long firstSourceLo;
    private final int firstSourcePort;
    private final TcpPduAssembler fromFirstSource = new TcpPduAssembler(ApciFramer.INSTANCE, this);
    private final TcpPduAssembler toFirstSource = new TcpPduAssembler(ApciFramer.INSTANCE, this);
    private Observations out = Observations.NONE;

    Iec104FlowDecoder(ApciReader reader, Packet first) {
        this.reader = reader;
        this.firstSourceHi = first.srcIpHi();
        this.firstSourceLo = first.srcIpLo();
        this.firstSourcePort = first.srcPort();
    }

    @Override
    public void onPacket(Packet packet, Observations out) {
        this.out = out;
        boolean fromFirst = packet.srcPort() == firstSourcePort && packet.srcIpLo() == firstSourceLo
                && packet.srcIpHi() == firstSourceHi;
        (fromFirst ? fromFirstSource : toFirstSource).onSegment(packet);
    }

    @Override
    public void onPdu(ByteBuffer buffer, int offset, int length, Packet packet) {
        reader.read(buffer, offset, length, packet, out);
    }

    @Override
    public void onUnframed(ByteBuffer buffer, int offset, int length, Packet packet) {
        out.protocol(ApciReader.IEC104);
        out.malformed(ApciReader.IEC104, "no APDU length to cut by");
    }
}
