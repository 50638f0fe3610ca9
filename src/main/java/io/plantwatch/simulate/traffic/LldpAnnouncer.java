package io.plantwatch.simulate.traffic;

import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.Lldp;

import java.util.SplittableRandom;

/** A device sending its LLDP announcement every interval. Not thread-safe. */
public final class LldpAnnouncer extends Periodic {
    private final Endpoint device;
    private final Lldp.Announcement announcement;

    public LldpAnnouncer(long start, double intervalSeconds, Endpoint device, Lldp.Announcement announcement,
                         SplittableRandom random) {
        super(start, intervalSeconds, random);
        this.device = device;
        this.announcement = announcement;
    }

    @Override
    protected int burstLength(long burst) {
        return 1;
    }

    @Override
    protected void write(int index, long burst, long now, Traffic traffic) {
        Lldp.frame(traffic.frame(), device.mac(), device.ip(), announcement);
        traffic.send(now, device, Endpoint.multicast(Lldp.NEAREST_BRIDGE, device.zone()));
    }
}
