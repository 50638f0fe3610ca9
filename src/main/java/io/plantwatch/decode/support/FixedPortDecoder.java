package io.plantwatch.decode.support;

/** The name and fixed ports of a {@link PortBound} decoder; the base of datagram and stream decoders. */
public abstract class FixedPortDecoder implements PortBound {
    private final String name;
    private final PortSet ports;

    protected FixedPortDecoder(String name, PortSet ports) {
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
}
