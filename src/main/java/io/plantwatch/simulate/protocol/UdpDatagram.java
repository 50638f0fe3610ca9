package io.plantwatch.simulate.protocol;

/** Starts UDP datagrams between endpoints with the right MACs for the sender's segment. Stateless. */
public final class UdpDatagram {
    private UdpDatagram() {
    }

    /** Ethernet, IPv4 and UDP headers; the caller appends the payload and calls {@link FrameBuffer#finish()}. */
    public static FrameBuffer start(FrameBuffer fb, Routing routing, Endpoint from, int srcPort, Endpoint to, int dstPort,
                                    int ipId) {
        long dstMac = to.mac() == Endpoint.BROADCAST_MAC ? Endpoint.BROADCAST_MAC : routing.destinationMac(from, to);
        return fb.ethernet(dstMac, routing.sourceMac(from), FrameBuffer.ETHERTYPE_IPV4)
                .ipv4(from.ip(), to.ip(), FrameBuffer.UDP, from.ttl() == 0 ? 64 : from.ttl(), ipId, false)
                .udp(srcPort, dstPort);
    }
}
