package io.plantwatch.decode.support;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;

/**
 * A UDP protocol on fixed ports whose datagrams stand alone: every datagram with data on those
 * ports is the protocol's, and is read without flow state. Subclasses are stateless and
 * thread-safe.
 */
public abstract class DatagramDecoder extends FixedPortDecoder {

    /** Every flow shares it: datagrams need no flow state, so no object per flow. */
    private final FlowDecoder datagrams = this::onPacket;

    protected DatagramDecoder(String name, PortSet ports) {
        super(name, ports);
    }

    @Override
    public final FlowDecoder forFlow(Packet packet) {
        return packet.isUdp() && ports().either(packet) ? datagrams : null;
    }

    private void onPacket(Packet packet, Observations out) {
        if (packet.payloadLength() > 0) {
            out.protocol(name());
            datagram(packet, out);
        }
    }

    /** One datagram with data; the protocol is already reported for the frame. Must not throw. */
    protected abstract void datagram(Packet packet, Observations out);
}
