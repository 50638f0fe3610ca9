package io.plantwatch.decode.profinet;

import io.plantwatch.decode.EtherType;
import io.plantwatch.decode.FrameDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.internal.Wire;

/**
 * Profinet real-time frames (EtherType 0x8892, {@code pn_rt}); the acyclic DCP frame ids
 * 0xFEFC-0xFEFF go to {@link DcpReader} ({@code pn_dcp}). Stateless and thread-safe.
 */
public final class ProfinetDecoder implements FrameDecoder {
    static final String PROTOCOL = "pn_rt";
    private static final int DCP_FIRST = 0xFEFC;
    private static final int DCP_LAST = 0xFEFF;

    private final DcpReader dcp = new DcpReader(DcpVendors.load());

    @Override
    public boolean decode(Packet packet, Observations out) {
        if (packet.etherType() != EtherType.PROFINET) {
            return false;
        }
        out.protocol(PROTOCOL);
        int at = packet.linkPayloadOffset();
        if (at + 2 > packet.end()) {
            out.malformed(PROTOCOL, "frame id truncated");
            return true;
        }
        int frameId = Wire.u16be(packet.buffer(), at);
        if (frameId >= DCP_FIRST && frameId <= DCP_LAST) {
            dcp.read(packet, at + 2, out);
        }
        return true;
    }
}
