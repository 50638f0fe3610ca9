package io.plantwatch.decode.s7comm;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.ProtocolDecoder;

/**
 * Siemens S7 communication on ISO-on-TCP (TCP port 102): TPKT, COTP, S7comm and S7comm-plus.
 * Every flow on port 102 is taken, as Wireshark's TPKT dissector takes the port. Stateless and
 * thread-safe.
 */
public final class S7Decoder implements ProtocolDecoder {
    public static final int PORT = 102;

    private final S7Codes codes = S7Codes.load();
    /** Stateless: every flow's S7comm PDUs are read by this one. */
    private final S7commReader s7comm = new S7commReader(codes);

    @Override
    public String name() {
        return S7commReader.S7COMM;
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        if (!packet.isTcp() || (packet.srcPort() != PORT && packet.dstPort() != PORT)) {
            return null;
        }
        return new S7FlowDecoder(codes, s7comm, packet);
    }
}
