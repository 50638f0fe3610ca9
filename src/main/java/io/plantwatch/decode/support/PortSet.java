package io.plantwatch.decode.support;

import java.util.BitSet;

/** A fixed set of TCP or UDP ports, for a decoder's port rule. Immutable and thread-safe. */
public final class PortSet {
    private final BitSet ports = new BitSet(65536);

    private PortSet(int... ports) {
        for (int port : ports) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            this.ports.set(port);
        }
    }

    /** The ports, ascending. */
    public int[] toArray() {
        return ports.stream().toArray();
    }

    public static PortSet of(int... ports) {
        return new PortSet(ports);
    }

    public boolean contains(int port) {
        return port >= 0 && port < 65536 && ports.get(port);
    }

    /** True when either end of the packet uses one of the ports. */
    public boolean either(io.plantwatch.decode.Packet packet) {
        return contains(packet.srcPort()) || contains(packet.dstPort());
    }
}
