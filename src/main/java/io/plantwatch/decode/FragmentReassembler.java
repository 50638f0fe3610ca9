package io.plantwatch.decode;

import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts IPv4 and IPv6 fragments back together, as Wireshark does by default, so the transport header
 * and payload appear on the frame that completes a datagram. State is bounded: at most
 * {@link #MAX_PENDING} datagrams in progress, each dropped after {@link #TIMEOUT_NANOS} of capture
 * time without a new fragment. Not thread-safe.
 */
final class FragmentReassembler {
    static final int MAX_PENDING = 4096;
    static final long TIMEOUT_NANOS = 60_000_000_000L;
    private static final int MAX_DATAGRAM = 65_535 + 8;

    private record Key(int version, long srcHi, long srcLo, long dstHi, long dstLo, long id, int protocol) {
    }

    private static final class Datagram {
        byte[] data = new byte[2048];
        /** Covered byte ranges as [start, end) pairs, merged; small in practice. */
        int[] ranges = new int[8];
        int rangeCount;
        int total = -1;
        long lastSeen;

        void add(int offset, ByteBuffer source, int from, int length) {
            int end = offset + length;
            if (end > data.length) {
                byte[] grown = new byte[Math.min(MAX_DATAGRAM, Math.max(end, data.length * 2))];
                System.arraycopy(data, 0, grown, 0, data.length);
                data = grown;
            }
            source.get(from, data, offset, length);
            cover(offset, end);
        }

        private void cover(int start, int end) {
            if (rangeCount * 2 + 2 > ranges.length) {
                int[] grown = new int[ranges.length * 2];
                System.arraycopy(ranges, 0, grown, 0, ranges.length);
                ranges = grown;
            }
            ranges[rangeCount * 2] = start;
            ranges[rangeCount * 2 + 1] = end;
            rangeCount++;
        }

        boolean complete() {
            if (total < 0) {
                return false;
            }
            int reached = 0;
            boolean progress = true;
            while (progress && reached < total) {
                progress = false;
                for (int i = 0; i < rangeCount; i++) {
                    int s = ranges[i * 2];
                    int e = ranges[i * 2 + 1];
                    if (s <= reached && e > reached) {
                        reached = e;
                        progress = true;
                    }
                }
            }
            return reached >= total;
        }
    }

    private final Map<Key, Datagram> pending = new LinkedHashMap<>();

    /**
     * Adds one fragment; returns the whole datagram's payload when this fragment completes it,
     * otherwise null.
     */
    ByteBuffer add(Packet p, long id, int offset, boolean more, int from, int length) {
        if (length < 0 || offset + length > MAX_DATAGRAM) {
            return null;
        }
        long now = p.timestampNanos();
        expire(now);
        Key key = new Key(p.ipVersion, p.srcHi, p.srcLo, p.dstHi, p.dstLo, id, p.ipProtocol);
        Datagram d = pending.get(key);
        if (d == null) {
            if (pending.size() >= MAX_PENDING) {
                Iterator<Datagram> oldest = pending.values().iterator();
                oldest.next();
                oldest.remove();
            }
            d = new Datagram();
            pending.put(key, d);
        }
        d.lastSeen = now;
        d.add(offset, p.buffer, from, length);
        if (!more) {
            d.total = offset + length;
        }
        if (!d.complete()) {
            return null;
        }
        pending.remove(key);
        return ByteBuffer.wrap(d.data, 0, d.total);
    }

    private void expire(long now) {
        Iterator<Datagram> it = pending.values().iterator();
        while (it.hasNext()) {
            Datagram d = it.next();
            if (now - d.lastSeen <= TIMEOUT_NANOS) {
                break; // insertion order approximates age; good enough for a bound
            }
            it.remove();
        }
    }
}
