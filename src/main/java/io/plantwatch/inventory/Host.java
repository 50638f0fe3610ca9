package io.plantwatch.inventory;

import io.plantwatch.decode.IpAddress;

/**
 * One IP address seen in flows, shared by every flow it takes part in so that building an
 * inventory indexes arrays by {@link #index} instead of hashing addresses again. Its text form is
 * made once, on first use. Not thread-safe.
 */
final class Host {
    final IpAddress ip;
    /** Dense position in the {@link HostTable}, for per-build arrays. */
    final int index;
    private String name;
    /** What decoders said about this address, once they said anything (the collector's entry for it). */
    DeviceFacts facts;

    Host(IpAddress ip, int index) {
        this.ip = ip;
        this.index = index;
    }

    /** The address as tshark prints it. */
    String name() {
        if (name == null) {
            name = ip.toString();
        }
        return name;
    }
}
