package io.plantwatch.simulate.protocol;

/**
 * Which MACs a frame carries on the segment where it is sent. Hosts in one zone talk directly;
 * traffic between zones, or to and from outside, goes through the plant's router, whose one MAC
 * serves every zone (as on an L3 switch). A frame is always written as its sender puts it on the
 * wire; a routed frame seen in the receiver's zone is derived from it by the zone sink. Immutable.
 */
public record Routing(long routerMac) {

    public long sourceMac(Endpoint from) {
        return from.external() ? routerMac : from.mac();
    }

    public long destinationMac(Endpoint from, Endpoint to) {
        if (from.external()) {
            return to.mac();
        }
        return to.external() || to.zone() != from.zone() ? routerMac : to.mac();
    }
}
