package io.plantwatch.inventory;

import io.plantwatch.decode.IpAddress;
import io.plantwatch.decode.MacAddress;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Every MAC seen, every (MAC, IP) binding seen in IP frames, and every IP-to-MAC claim made in
 * ARP. Lookups happen per new flow or per non-IP frame, not per IP packet. Not thread-safe.
 */
final class AddressBook {
    /**
     * Equality and hash written out (the hash is the one records generate, so map orders stay):
     * a record's generated ones go through method handles, a cost per new flow.
     */
    private record Key(long mac, long hi, long lo, boolean v6) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.mac == mac && k.lo == lo && k.hi == hi && k.v6 == v6;
        }

        @Override
        public int hashCode() {
            return ((Long.hashCode(mac) * 31 + Long.hashCode(hi)) * 31 + Long.hashCode(lo)) * 31 + Boolean.hashCode(v6);
        }
    }

    /** A MAC's presence: when it was seen, in how many frames. */
    static final class MacSighting {
        final long mac;
        long firstSeen;
        long lastSeen;
        long frames;

        MacSighting(long mac, long time) {
            this.mac = mac;
            this.firstSeen = time;
            this.lastSeen = time;
        }

        void seen(long time) {
            firstSeen = Math.min(firstSeen, time);
            lastSeen = Math.max(lastSeen, time);
            frames++;
        }
    }

    /** An ARP statement "IP is at MAC", with how often it was made. */
    record ArpClaim(long mac, IpAddress ip) {
    }

    private final Map<Key, Binding> bindings = new HashMap<>();
    private final Map<Long, MacSighting> macs = new HashMap<>();
    private final Map<ArpClaim, long[]> arpClaims = new HashMap<>();

    /** The binding of an IP to a MAC ({@link MacAddress#NONE} on links without MACs). */
    Binding binding(long mac, long hi, long lo, boolean v6, long time) {
        Key key = new Key(mac, hi, lo, v6);
        Binding b = bindings.get(key);
        if (b == null) {
            b = new Binding(mac, new IpAddress(hi, lo, v6), time);
            bindings.put(key, b);
        }
        return b;
    }

    void macSeen(long mac, long time) {
        if (!MacAddress.isUnicast(mac)) {
            return;
        }
        MacSighting s = macs.get(mac);
        if (s == null) {
            macs.put(mac, s = new MacSighting(mac, time));
        }
        s.seen(time);
    }

    /** Records an ARP sender's claim; returns how often this exact claim was made before. */
    long arpClaim(long mac, int ipv4, long time) {
        long[] count = arpClaims.computeIfAbsent(new ArpClaim(mac, IpAddress.v4(ipv4)), k -> new long[2]);
        if (count[0]++ == 0) {
            count[1] = time;
        }
        return count[0] - 1;
    }

    Collection<Binding> bindings() {
        return bindings.values();
    }

    Collection<MacSighting> macSightings() {
        return macs.values();
    }

    Map<ArpClaim, long[]> arpClaims() {
        return arpClaims;
    }
}
