package io.plantwatch.inventory;

import io.plantwatch.decode.IpAddress;

/** What facts are about: an IP address when the frame has one, else a MAC. */
record Subject(long mac, IpAddress ip) {
    static Subject ofIp(IpAddress ip) {
        return new Subject(-1, ip);
    }

    static Subject ofMac(long mac) {
        return new Subject(mac, null);
    }
}
