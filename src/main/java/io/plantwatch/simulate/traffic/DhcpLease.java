package io.plantwatch.simulate.traffic;

import io.plantwatch.simulate.protocol.Dhcp;
import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.UdpDatagram;

import java.util.SplittableRandom;

/**
 * A host getting its address: DISCOVER and REQUEST broadcast from 0.0.0.0 with its host name and
 * vendor class, OFFER and ACK from the zone's router (the DHCP server of every zone). Not
 * thread-safe.
 */
public final class DhcpLease extends Conversation {
    /** The zone's addressing the server hands out. */
    public record Offer(int mask, int router, int dns, String domain) {
    }

    private final Endpoint host;
    private final Endpoint server;
    private final String hostName;
    private final String vendorClass;
    private final Offer offer;
    private final int xid;
    private int step;

    public DhcpLease(long start, Endpoint host, Endpoint server, String hostName, String vendorClass, Offer offer,
                     SplittableRandom random) {
        super(start);
        this.host = host;
        this.server = server;
        this.hostName = hostName;
        this.vendorClass = vendorClass;
        this.offer = offer;
        this.xid = random.nextInt();
    }

    @Override
    public long step(long now, Traffic traffic) {
        FrameBuffer fb = traffic.frame();
        Endpoint unbound = new Endpoint(host.mac(), 0, host.zone(), host.ttl());
        Endpoint broadcast = Endpoint.broadcastIn(host.zone());
        switch (step++) {
            case 0 -> {
                UdpDatagram.start(fb, traffic.routing(), unbound, Dhcp.CLIENT_PORT, broadcast, Dhcp.SERVER_PORT, xid);
                Dhcp.client(fb, Dhcp.DISCOVER, xid, host.mac(), 0, host.ip(), 0, hostName, vendorClass);
                send(traffic, now, unbound, broadcast);
            }
            case 1 -> {
                UdpDatagram.start(fb, traffic.routing(), server, Dhcp.SERVER_PORT, host, Dhcp.CLIENT_PORT, xid + 1);
                Dhcp.server(fb, Dhcp.OFFER, xid, host.mac(), 0, host.ip(), server.ip(), offer.mask(), offer.router(),
                        offer.dns(), offer.domain());
                send(traffic, now, server, host);
            }
            case 2 -> {
                UdpDatagram.start(fb, traffic.routing(), unbound, Dhcp.CLIENT_PORT, broadcast, Dhcp.SERVER_PORT, xid + 2);
                Dhcp.client(fb, Dhcp.REQUEST, xid, host.mac(), 0, host.ip(), server.ip(), hostName, vendorClass);
                send(traffic, now, unbound, broadcast);
            }
            default -> {
                UdpDatagram.start(fb, traffic.routing(), server, Dhcp.SERVER_PORT, host, Dhcp.CLIENT_PORT, xid + 3);
                Dhcp.server(fb, Dhcp.ACK, xid, host.mac(), 0, host.ip(), server.ip(), offer.mask(), offer.router(),
                        offer.dns(), offer.domain());
                send(traffic, now, server, host);
                return NEVER;
            }
        }
        return now + 800_000 + (step * 3_100_000L);
    }

    private static void send(Traffic traffic, long now, Endpoint from, Endpoint to) {
        traffic.frame().finish();
        traffic.send(now, from, to);
    }
}
