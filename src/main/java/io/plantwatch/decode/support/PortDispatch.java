package io.plantwatch.decode.support;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.ProtocolDecoder;

import java.util.List;

/**
 * Port-bound decoders behind one table, registered as a single decoder: a new flow costs one
 * lookup per port instead of a call to every decoder (the registry tries decoders on each new
 * flow and on the first data of unclaimed ones, and a call per decoder there cost measurably).
 * The lower port is tried first, as Wireshark does; where two decoders share a port, the first
 * listed wins. Immutable and thread-safe.
 */
public final class PortDispatch implements ProtocolDecoder {
    private final ProtocolDecoder[] byPort = new ProtocolDecoder[65536];
    private final String name;

    public PortDispatch(String name, List<? extends PortBound> decoders) {
        this.name = name;
        for (PortBound decoder : decoders) {
            for (int port : decoder.ports().toArray()) {
                if (byPort[port] == null) {
                    byPort[port] = decoder;
                }
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        int low = Math.min(packet.srcPort(), packet.dstPort());
        int high = Math.max(packet.srcPort(), packet.dstPort());
        if (low < 0 || high > 65535) {
            return null;
        }
        FlowDecoder decoder = tryPort(low, packet);
        return decoder != null || high == low ? decoder : tryPort(high, packet);
    }

    private FlowDecoder tryPort(int port, Packet packet) {
        ProtocolDecoder decoder = byPort[port];
        return decoder == null ? null : decoder.forFlow(packet);
    }
}
