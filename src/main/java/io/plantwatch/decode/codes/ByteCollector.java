package io.plantwatch.decode.codes;

import java.nio.ByteBuffer;

/**
 * Bytes collected across packets (fragments of a message), growing as needed up to a bound so a
 * hostile sender cannot make it large. The buffer is reused from one message to the next, and
 * made only when a first message needs collecting: there is one collector per flow direction,
 * and most flows never fragment. Not thread-safe.
 */
public final class ByteCollector {
    private static final ByteBuffer EMPTY = ByteBuffer.wrap(new byte[0]).asReadOnlyBuffer();

    private final int initial;
    private final int max;
    private byte[] data;
    private ByteBuffer view = EMPTY;
    private int length;

    /** @param max the most bytes one message may collect */
    public ByteCollector(int initial, int max) {
        this.initial = Math.min(initial, max);
        this.max = max;
    }

    /** Forgets what was collected. */
    public void clear() {
        length = 0;
    }

    /** Adds bytes; false (and nothing added) when they would pass the bound. */
    public boolean add(ByteBuffer source, int at, int size) {
        if (!room(size)) {
            return false;
        }
        source.get(at, data, length, size);
        length += size;
        return true;
    }

    /** Adds bytes; false (and nothing added) when they would pass the bound. */
    public boolean add(byte[] source, int size) {
        if (!room(size)) {
            return false;
        }
        System.arraycopy(source, 0, data, length, size);
        length += size;
        return true;
    }

    private boolean room(int size) {
        if ((long) length + size > max) {
            return false;
        }
        if (data == null) {
            data = new byte[Math.max(initial, size)];
            view = ByteBuffer.wrap(data);
        } else if (length + size > data.length) {
            byte[] grown = new byte[Math.min(max, Math.max(length + size, data.length * 2))];
            System.arraycopy(data, 0, grown, 0, length);
            data = grown;
            view = ByteBuffer.wrap(data);
        }
        return true;
    }

    public int length() {
        return length;
    }

    /** The collected bytes, from index 0 to {@link #length()}; valid until the next change. */
    public ByteBuffer buffer() {
        return view;
    }
}
