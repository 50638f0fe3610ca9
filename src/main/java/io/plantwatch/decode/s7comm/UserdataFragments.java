package io.plantwatch.decode.s7comm;

import java.nio.ByteBuffer;

/**
 * The data of a fragmented S7 userdata telegram (an SZL list longer than a PDU), collected by its
 * data unit reference until the last data unit, as Wireshark reassembles it. One collection at a
 * time per direction, bounded by {@link #MAX}. Not thread-safe.
 */
final class UserdataFragments {
    static final int MAX = 1 << 16;

    private byte[] data;
    private int length;
    private int reference = -1;

    /**
     * Adds a fragment; returns the whole data when this was the last one, else null. A fragment of
     * another reference starts a new collection.
     */
    ByteBuffer add(int unitReference, ByteBuffer b, int at, int size, boolean last) {
        if (unitReference != reference || data == null) {
            reference = unitReference;
            data = new byte[Math.max(256, size)];
            length = 0;
        }
        if (length + size > MAX) {
            data = null;
            reference = -1;
            return null;
        }
        if (length + size > data.length) {
            byte[] grown = new byte[Math.min(MAX, Math.max(length + size, data.length * 2))];
            System.arraycopy(data, 0, grown, 0, length);
            data = grown;
        }
        b.get(at, data, length, size);
        length += size;
        if (!last) {
            return null;
        }
        ByteBuffer whole = ByteBuffer.wrap(data, 0, length);
        data = null;
        reference = -1;
        return whole;
    }
}
