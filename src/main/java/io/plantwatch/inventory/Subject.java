package io.plantwatch.inventory;

import io.plantwatch.decode.IpAddress;

/**
 * What facts are about: an IP address when the frame has one, else a MAC. Equality and hash are
 * written out: a record's generated ones go through method handles, a cost per identity reported.
 */
record Subject(long mac, IpAddress ip) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Subject s && s.mac == mac && java.util.Objects.equals(s.ip, ip);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(mac) * 31 + (ip == null ? 0 : ip.hashCode()); // as a record's generated hash
    }

    static Subject ofIp(IpAddress ip) {
        return new Subject(-1, ip);
    }

    static Subject ofMac(long mac) {
        return new Subject(mac, null);
    }
}
