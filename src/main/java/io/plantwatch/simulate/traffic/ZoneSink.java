package io.plantwatch.simulate.traffic;

import io.plantwatch.capture.CaptureWriter;
import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.FrameBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One capture per zone, as a sensor on that zone's switch sees it: every frame sent in the zone,
 * and every routed frame delivered into it, rewritten as the router forwards it (source MAC = the
 * router's, destination MAC = the receiver's, TTL one less). A frame between two zones is thus in
 * both zones' files: the views overlap exactly on routed traffic. Not thread-safe.
 */
public final class ZoneSink implements PacketSink {
    private static final int IP_START = 14;

    private final List<CaptureWriter> writers;
    private final long routerMac;
    private final byte[] forwarded = new byte[1 << 16];

    public ZoneSink(List<CaptureWriter> writers, long routerMac) {
        this.writers = List.copyOf(writers);
        this.routerMac = routerMac;
    }

    @Override
    public void accept(long timeNanos, FrameBuffer frame, Endpoint from, Endpoint to) {
        try {
            if (!from.external()) {
                writers.get(from.zone()).write(timeNanos, frame.data(), 0, frame.length());
            }
            if (!to.external() && (from.external() || to.zone() != from.zone())) {
                int length = frame.length();
                if (from.external()) {
                    writers.get(to.zone()).write(timeNanos, frame.data(), 0, length);
                    return;
                }
                System.arraycopy(frame.data(), 0, forwarded, 0, length);
                putMac(0, to.mac());
                putMac(6, routerMac);
                forwarded[IP_START + 8] = (byte) ((forwarded[IP_START + 8] & 0xFF) - 1);
                fixIpChecksum();
                writers.get(to.zone()).write(timeNanos, forwarded, 0, length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void putMac(int at, long mac) {
        for (int i = 0; i < 6; i++) {
            forwarded[at + i] = (byte) (mac >>> (40 - 8 * i));
        }
    }

    private void fixIpChecksum() {
        forwarded[IP_START + 10] = 0;
        forwarded[IP_START + 11] = 0;
        int sum = 0;
        for (int i = 0; i < 20; i += 2) {
            sum += ((forwarded[IP_START + i] & 0xFF) << 8) | (forwarded[IP_START + i + 1] & 0xFF);
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        sum = ~sum & 0xFFFF;
        forwarded[IP_START + 10] = (byte) (sum >>> 8);
        forwarded[IP_START + 11] = (byte) sum;
    }
}
