package io.plantwatch.simulate.traffic;

import io.plantwatch.simulate.protocol.Bacnet;
import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.UdpDatagram;

import java.util.SplittableRandom;

/**
 * BACnet broadcasts on a segment: a controller's I-Am (vendor id and device instance), or with
 * {@code vendorId < 0} a management server's Who-Is. Not thread-safe.
 */
public final class BacnetAnnouncer extends Periodic {
    private final Endpoint device;
    private final int instance;
    private final int vendorId;
    private int ipId;

    public BacnetAnnouncer(long start, double intervalSeconds, Endpoint device, int instance, int vendorId,
                           SplittableRandom random) {
        super(start, intervalSeconds, random);
        this.device = device;
        this.instance = instance;
        this.vendorId = vendorId;
        this.ipId = random.nextInt(0x10000);
    }

    @Override
    protected int burstLength(long burst) {
        return 1;
    }

    @Override
    protected void write(int index, long burst, long now, Traffic traffic) {
        Endpoint broadcast = subnetBroadcast();
        UdpDatagram.start(traffic.frame(), traffic.routing(), device, Bacnet.PORT, broadcast, Bacnet.PORT, ipId++);
        if (vendorId < 0) {
            Bacnet.whoIs(traffic.frame());
        } else {
            Bacnet.iAm(traffic.frame(), instance, vendorId);
        }
        traffic.frame().finish();
        traffic.send(now, device, broadcast);
    }

    private Endpoint subnetBroadcast() {
        return new Endpoint(Endpoint.BROADCAST_MAC, 0xFFFF_FFFF, device.zone(), 0);
    }
}
