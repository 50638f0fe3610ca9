package io.plantwatch.inventory;

import io.plantwatch.decode.IpAddress;

/**
 * One observation that an IP address was carried in frames to or from a MAC address (or with no
 * MAC at all, on raw-IP links). The inventory decides from these which IPs belong to which device.
 * Not thread-safe.
 */
final class Binding {
    final long mac;
    final IpAddress ip;
    long firstSeen;
    long lastSeen;
    long framesAsSource;
    long framesAsDestination;

    Binding(long mac, IpAddress ip, long firstSeen) {
        this.mac = mac;
        this.ip = ip;
        this.firstSeen = firstSeen;
        this.lastSeen = firstSeen;
    }

    void seen(long time, boolean asSource) {
        if (time < firstSeen) {
            firstSeen = time;
        }
        if (time > lastSeen) {
            lastSeen = time;
        }
        if (asSource) {
            framesAsSource++;
        } else {
            framesAsDestination++;
        }
    }
}
