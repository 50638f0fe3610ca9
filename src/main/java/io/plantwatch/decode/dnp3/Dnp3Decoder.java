package io.plantwatch.decode.dnp3;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.ProtocolDecoder;
import io.plantwatch.decode.codes.CodeTable;

/**
 * DNP3 over TCP and UDP port 20000. A flow is claimed on its first payload that starts like a DNP3
 * link frame (tshark's check), so other traffic on the port stays free for other decoders.
 * Stateless and thread-safe.
 */
public final class Dnp3Decoder implements ProtocolDecoder {
    public static final int PORT = 20000;

    private final CodeTable functions = CodeTable.load(Dnp3LinkReader.DNP3,
            "/io/plantwatch/decode/dnp3/functions.tsv", "Unknown function (%d)");

    @Override
    public String name() {
        return Dnp3LinkReader.DNP3;
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        if (!(packet.isTcp() || packet.isUdp()) || (packet.srcPort() != PORT && packet.dstPort() != PORT)) {
            return null;
        }
        if (!Dnp3Framer.startsLikeDnp3(packet.payloadBuffer(), packet.payloadOffset(), packet.payloadLength())) {
            return null;
        }
        return new Dnp3FlowDecoder(new Dnp3LinkReader(new Dnp3ApplicationReader(functions)), packet);
    }
}
