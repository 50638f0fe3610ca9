package io.plantwatch.decode.s7comm;

import io.plantwatch.decode.codes.ByteCollector;

import java.nio.ByteBuffer;

/**
 * The data of a fragmented S7 userdata telegram (an SZL list longer than a PDU), collected by its
 * data unit reference until the last data unit, as Wireshark reassembles it. One collection at a
 * time per direction, bounded by {@link #MAX}. Not thread-safe.
 */
final class UserdataFragments {
    static final int MAX = 1 << 16;

    /** Made with the first fragment: most connections never fragment a telegram. */
    private ByteCollector data;
    private int reference = -1;

    /**
     * Adds a fragment; returns the length of the whole data when this was the last one (the bytes
     * are in {@link #buffer()} until the next call), else -1. A fragment of another reference
     * starts a new collection.
     */
    int add(int unitReference, ByteBuffer b, int at, int size, boolean last) {
        if (data == null) {
            data = new ByteCollector(256, MAX);
        }
        if (unitReference != reference) {
            reference = unitReference;
            data.clear();
        }
        if (!data.add(b, at, size)) {
            reference = -1;
            return -1;
        }
        if (!last) {
            return -1;
        }
        reference = -1;
        return data.length();
    }

    ByteBuffer buffer() {
        return data.buffer();
    }
}
