package io.plantwatch.decode.dnp3;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduHandler;
import io.plantwatch.decode.TcpPduAssembler;
import io.plantwatch.decode.codes.Directions;

import java.nio.ByteBuffer;

/**
 * One DNP3 conversation over TCP (link frames cut from the stream) or UDP (one link frame a
 * datagram, checked like tshark checks it). Not thread-safe; bounded per direction.
 */
final class Dnp3FlowDecoder implements FlowDecoder {
    private final Dnp3LinkReader link;
    private final Directions<Side> directions;
    private Observations out = Observations.NONE;

    Dnp3FlowDecoder(Dnp3LinkReader link, Packet first) {
        this.link = link;
        this.directions = new Directions<>(first, new Side(), new Side());
    }

    @Override
    public void onPacket(Packet packet, Observations out) {
        if (this.out != out) { // once: a store per packet into this old object dirties a GC card
            this.out = out;
        }
        Side side = directions.of(packet);
        if (packet.isTcp()) {
            side.stream.onSegment(packet);
        } else if (Dnp3Framer.startsLikeDnp3(packet.payloadBuffer(), packet.payloadOffset(), packet.payloadLength())) {
            link.read(packet.payloadBuffer(), packet.payloadOffset(), packet.payloadLength(), packet, out, side.direction);
        }
    }

    /** One direction: its TCP assembler (unused for UDP) and DNP3 state. */
    private final class Side implements PduHandler {
        final Dnp3Direction direction = new Dnp3Direction();
        final TcpPduAssembler stream = new TcpPduAssembler(Dnp3Framer.INSTANCE, this);

        @Override
        public void onPdu(ByteBuffer buffer, int offset, int length, Packet packet) {
            link.read(buffer, offset, length, packet, out, direction);
        }

        @Override
        public void onUnframed(ByteBuffer buffer, int offset, int length, Packet packet) {
            out.protocol(Dnp3LinkReader.DNP3);
            out.malformed(Dnp3LinkReader.DNP3, "link length below the header");
        }
    }
}
