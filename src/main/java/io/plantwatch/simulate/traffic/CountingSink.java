package io.plantwatch.simulate.traffic;

import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.FrameBuffer;

/**
 * Counts what passes to another sink: frames, bytes, first and last time, TCP connections opened
 * and DNS queries (each a new flow). With no delegate it only counts (for sizing runs).
 * Not thread-safe.
 */
public final class CountingSink implements PacketSink {
    private final PacketSink delegate;
    private long packets;
    private long bytes;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;
    private long syns;
    private long dnsQueries;

    public CountingSink(PacketSink delegate) {
        this.delegate = delegate;
    }

    @Override
    public void accept(long timeNanos, FrameBuffer frame, Endpoint from, Endpoint to) {
        packets++;
        bytes += frame.length();
        first = Math.min(first, timeNanos);
        last = Math.max(last, timeNanos);
        byte[] d = frame.data();
        if (d[12] == 0x08 && d[13] == 0x00) {
            if (d[23] == 6 && d[47] == 0x02) {
                syns++;
            } else if (d[23] == 17 && d[36] == 0 && d[37] == 53 && (d[44] & 0x80) == 0) {
                dnsQueries++;
            }
        }
        if (delegate != null) {
            delegate.accept(timeNanos, frame, from, to);
        }
    }

    public long packets() { return packets; }

    public long bytes() { return bytes; }

    public long first() { return first; }

    public long last() { return last; }

    public long tcpConnections() { return syns; }

    public long dnsQueries() { return dnsQueries; }
}
