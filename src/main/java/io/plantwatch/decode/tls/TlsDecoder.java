package io.plantwatch.decode.tls;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduFramer;
import io.plantwatch.decode.support.PduStreams;
import io.plantwatch.decode.support.PortSet;
import io.plantwatch.decode.support.ServiceEnd;
import io.plantwatch.decode.support.StreamDecoder;

import java.nio.ByteBuffer;

/**
 * TLS and SSL 3.0 on tshark's TLS ports, and on any other TCP port whose first data is a
 * ClientHello record (Wireshark's heuristic). Records are cut from each direction as tshark
 * desegments them; handshakes are read by {@link TlsHandshake}. Stateless and thread-safe; its
 * flow decoders are not.
 */
public final class TlsDecoder extends StreamDecoder {
    static final String NAME = "tls";
    private static final PortSet PORTS = PortSet.of(324, 443, 465, 636, 802, 853, 993, 995, 1300, 2221, 2443, 3249,
            3250, 3251, 3252, 3496, 5061, 5671, 5684, 5868, 8883, 11207, 19999, 27017);
    private static final int HEADER = 5;
    private static final int MAX_RECORD = (1 << 14) + 2048;
    private static final int HANDSHAKE = 22;
    private static final int CLIENT_HELLO = 1;

    /** Record header: content type 20-24, version 3.x, length. */
    static final PduFramer FRAMER = (buffer, offset, available) -> {
        if (available < HEADER) {
            return PduFramer.NEED_MORE;
        }
        int type = buffer.get(offset) & 0xFF;
        int major = buffer.get(offset + 1) & 0xFF;
        int length = buffer.getShort(offset + 3) & 0xFFFF;
        if (type < 20 || type > 24 || major != 3 || length > MAX_RECORD) {
            return PduFramer.NOT_MINE;
        }
        return HEADER + length;
    };

    public TlsDecoder() {
        super(NAME, PORTS);
    }

    /** By port; else, on any other TCP port, by the first data's shape (Wireshark's heuristic). */
    @Override
    public FlowDecoder forFlow(Packet packet) {
        FlowDecoder byPort = super.forFlow(packet);
        if (byPort != null || !packet.isTcp()) {
            return byPort;
        }
        return isClientHello(packet.payloadBuffer(), packet.payloadOffset(), packet.payloadLength())
                ? newFlow(ServiceEnd.destinationOf(packet)) : null;
    }

    @Override
    protected FlowDecoder newFlow(ServiceEnd server) {
        return new Flow(server);
    }

    /** A handshake record of version 3.0 to 3.4 whose first message is a ClientHello. */
    static boolean isClientHello(ByteBuffer buffer, int offset, int length) {
        return length >= HEADER + 4 && (buffer.get(offset) & 0xFF) == HANDSHAKE && buffer.get(offset + 1) == 3
                && (buffer.get(offset + 2) & 0xFF) <= 4 && (buffer.get(offset + HEADER) & 0xFF) == CLIENT_HELLO;
    }

    private static final class Flow implements FlowDecoder {
        private final PduStreams streams;
        private final TlsHandshake handshake = new TlsHandshake();
        private Observations out = Observations.NONE;

        Flow(ServiceEnd server) {
            this.streams = new PduStreams(server, FRAMER, this::record);
        }

        @Override
        public void onPacket(Packet packet, Observations out) {
            if (this.out != out) { // once: a store per packet into this old object dirties a GC card
                this.out = out;
            }
            streams.onSegment(packet);
        }

        private void record(ByteBuffer buffer, int offset, int length, Packet packet) {
            out.protocol(NAME);
            if ((buffer.get(offset) & 0xFF) == HANDSHAKE) {
                handshake.read(buffer, offset + HEADER, length - HEADER, out);
            }
        }
    }
}
