package io.plantwatch.simulate.traffic;

import io.plantwatch.simulate.protocol.Arp;
import io.plantwatch.simulate.protocol.Endpoint;

import java.util.SplittableRandom;

/**
 * A host's own ARP: a gratuitous announcement of its address when it starts, then every interval a
 * request for its gateway answered by the router. Not thread-safe.
 */
public final class ArpChatter extends Periodic {
    private final Endpoint host;
    private final Endpoint gateway;

    public ArpChatter(long start, double intervalSeconds, Endpoint host, Endpoint gateway, SplittableRandom random) {
        super(start, intervalSeconds, random);
        this.host = host;
        this.gateway = gateway;
    }

    @Override
    protected int burstLength(long burst) {
        return burst == 0 ? 3 : 2;
    }

    @Override
    protected void write(int index, long burst, long now, Traffic traffic) {
        int step = burst == 0 ? index : index + 1;
        if (step == 0) {
            Arp.reply(traffic.frame(), host.mac(), host.ip(), Endpoint.BROADCAST_MAC, host.ip());
            traffic.send(now, host, Endpoint.broadcastIn(host.zone()));
        } else if (step == 1) {
            Arp.request(traffic.frame(), host.mac(), host.ip(), gateway.ip());
            traffic.send(now, host, Endpoint.broadcastIn(host.zone()));
        } else {
            Arp.reply(traffic.frame(), gateway.mac(), gateway.ip(), host.mac(), host.ip());
            traffic.send(now, gateway, host);
        }
    }
}
