package io.plantwatch.simulate.protocol;

/**
 * One end of a frame: a host's MAC and IPv4 address, the zone (L2 segment) it sits in, and the
 * TTL its IP stack starts with. {@link #EXTERNAL} zone means a host beyond the plant's router.
 */
public record Endpoint(long mac, int ip, int zone, int ttl) {
    public static final int EXTERNAL = -1;
    public static final long BROADCAST_MAC = 0xFFFF_FFFF_FFFFL;

    public boolean external() {
        return zone == EXTERNAL;
    }

    /** The limited broadcast on this endpoint's segment. */
    public static Endpoint broadcastIn(int zone) {
        return new Endpoint(BROADCAST_MAC, 0xFFFF_FFFF, zone, 0);
    }

    /** A layer-2 multicast group (LLDP, ...) on a segment. */
    public static Endpoint multicast(long mac, int zone) {
        return new Endpoint(mac, 0, zone, 0);
    }
}
