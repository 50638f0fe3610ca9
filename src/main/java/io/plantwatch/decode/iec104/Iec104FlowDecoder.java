package io.plantwatch.decode.iec104;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduHandler;
import io.plantwatch.decode.TcpPduAssembler;
import io.plantwatch.decode.codes.Directions;

import java.nio.ByteBuffer;

/** One IEC 104 connection: an APDU assembler per direction. Not thread-safe; bounded. */
final class Iec104FlowDecoder implements FlowDecoder, PduHandler {
    private final ApciReader reader;
    private final Directions<TcpPduAssembler> directions;
    private Observations out = Observations.NONE;

    Iec104FlowDecoder(ApciReader reader, Packet first) {
        this.reader = reader;
        this.directions = new Directions<>(first, new TcpPduAssembler(ApciFramer.INSTANCE, this),
                new TcpPduAssembler(ApciFramer.INSTANCE, this));
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
        out.protocol(ApciReader.IEC104);
        out.malformed(ApciReader.IEC104, "no APDU length to cut by");
    }
}
