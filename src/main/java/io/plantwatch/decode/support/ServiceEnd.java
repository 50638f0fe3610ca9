package io.plantwatch.decode.support;

import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;

/**
 * The server end of a flow (address and port), fixed when a decoder claims the flow, so each
 * later packet can be told to-server or to-client. Immutable.
 */
public record ServiceEnd(long hi, long lo, int port) {

    /** The end of {@code packet} that uses {@code port}; its destination when both or neither do. */
    public static ServiceEnd of(Packet packet, int port) {
        boolean sourceIsServer = packet.srcPort() == port && packet.dstPort() != port;
        return sourceIsServer
                ? new ServiceEnd(packet.srcIpHi(), packet.srcIpLo(), packet.srcPort())
                : new ServiceEnd(packet.dstIpHi(), packet.dstIpLo(), packet.dstPort());
    }

    /** The end of {@code packet} whose port is in {@code ports}, preferring the destination. */
    public static ServiceEnd of(Packet packet, PortSet ports) {
        return ports.contains(packet.dstPort()) || !ports.contains(packet.srcPort())
                ? new ServiceEnd(packet.dstIpHi(), packet.dstIpLo(), packet.dstPort())
                : new ServiceEnd(packet.srcIpHi(), packet.srcIpLo(), packet.srcPort());
    }

    /** The packet's destination as the server (a client spoke first). */
    public static ServiceEnd destinationOf(Packet packet) {
        return new ServiceEnd(packet.dstIpHi(), packet.dstIpLo(), packet.dstPort());
    }

    public boolean isDestinationOf(Packet packet) {
        return packet.dstPort() == port && packet.dstIpLo() == lo && packet.dstIpHi() == hi;
    }

    /** Tells which end of the packet serves {@code protocol} and which is its client. */
    public void tellRoles(Packet packet, String protocol, Observations out) {
        boolean toServer = isDestinationOf(packet);
        out.role(toServer ? Side.DESTINATION : Side.SOURCE, protocol, Role.SERVER);
        out.role(toServer ? Side.SOURCE : Side.DESTINATION, protocol, Role.CLIENT);
    }
}
