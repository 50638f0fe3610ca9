package io.plantwatch.decode.support;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Packet;

/**
 * A TCP protocol on fixed ports: a flow with one of them on either end is the protocol's, and its
 * server is the end using the port. Subclasses make the per-flow decoder; they are stateless and
 * thread-safe, their flow decoders not.
 */
public abstract class StreamDecoder extends FixedPortDecoder {

    protected StreamDecoder(String name, PortSet ports) {
        super(name, ports);
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        return packet.isTcp() && ports().either(packet) ? newFlow(ServiceEnd.of(packet, ports())) : null;
    }

    /** The decoder of one flow whose server end is {@code server}. */
    protected abstract FlowDecoder newFlow(ServiceEnd server);
}
