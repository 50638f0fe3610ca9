package io.plantwatch.decode.dnp3;

import io.plantwatch.decode.codes.ByteCollector;

import java.nio.ByteBuffer;

/**
 * Puts DNP3 transport segments of one direction back into application fragments: FIR starts one,
 * each next segment must carry the next 6-bit sequence number, FIN completes it. A segment that
 * does not continue the fragment in progress is dropped, as Wireshark drops fragments it cannot
 * chain. Memory is bounded by {@link #MAX}. Not thread-safe.
 */
final class TransportReassembly {
    static final int MAX = 1 << 16;
    private static final int SEQUENCE_MASK = 0x3F;

    private final ByteCollector data = new ByteCollector(512, MAX);
    private int lastSequence;
    private boolean active;

    /**
     * Adds one segment's application bytes; returns the whole fragment's length when this segment
     * finished it (the bytes are in {@link #buffer()} until the next call), else -1.
     */
    int add(boolean first, boolean last, int sequence, byte[] segment, int size) {
        if (first) {
            data.clear();
            active = true;
        } else if (!active || sequence != ((lastSequence + 1) & SEQUENCE_MASK)) {
            active = false;
            return -1;
        }
        if (!data.add(segment, size)) {
            active = false;
            return -1;
        }
        lastSequence = sequence;
        if (!last) {
            return -1;
        }
        active = false;
        return data.length();
    }

    /** The fragment's bytes, from index 0. */
    ByteBuffer buffer() {
        return data.buffer();
    }
}
