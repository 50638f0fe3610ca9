package io.plantwatch.decode.support;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Packet;

/**
 * A TCP protocol on fixed ports: a flow with one of them on either end is the protocol's, and its
 * server is the end using the port. Subclasses make the per-flow decoder; they are stateless and
 * thread-safe, their flow decoders not.
 */
public abstract class StreamDecoder implements PortBound {
    private final String name;
    private final PortSet ports;

    protected StreamDecoder(String name, PortSet ports) {
        this.name = name;
        this.ports = ports;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final PortSet ports() {
        return ports;
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        return packet.isTcp() && ports.either(packet) ? newFlow(ServiceEnd.of(packet, ports)) : null;
    }

    /** The decoder of one flow whose server end is {@code server}. */
    protected abstract FlowDecoder newFlow(ServiceEnd server);
}
