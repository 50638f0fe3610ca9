package io.plantwatch.capture.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Bytes from a stream (a gzip-compressed capture), kept in a heap buffer that is compacted as
 * the reader moves forward and grown only for records larger than it. Not thread-safe.
 */
public final class StreamInput implements ByteInput {
    private static final int INITIAL = 1 << 20;

    private final InputStream in;
    private byte[] bytes = new byte[INITIAL];
    private ByteBuffer buffer = ByteBuffer.wrap(bytes);
    /** Stream position of bytes[0]. */
    private long start;
    /** Valid bytes in the buffer. */
    private int filled;
    private boolean ended;

    public StreamInput(InputStream in) {
        this.in = in;
    }

    @Override
    public boolean ensure(long position, int length) throws IOException {
        if (position < start) {
            throw new IllegalStateException("stream input cannot go back to " + position);
        }
        long end = position + length;
        while (start + filled < end) {
            if (ended) {
                return false;
            }
            makeRoom(position, end);
            int read = in.read(bytes, filled, bytes.length - filled);
            if (read < 0) {
                ended = true;
            } else {
                filled += read;
            }
        }
        return true;
    }

    private void makeRoom(long position, long end) {
        if (start + bytes.length >= end && filled < bytes.length) {
            return;
        }
        int keepFrom = (int) (position - start);
        int keep = filled - keepFrom;
        long needed = end - position;
        byte[] target = bytes;
        if (needed > bytes.length) {
            target = new byte[(int) Math.min(Integer.MAX_VALUE - 16, Math.max(needed, 2L * bytes.length))];
        }
        System.arraycopy(bytes, keepFrom, target, 0, keep);
        if (target != bytes) {
            bytes = target;
            buffer = ByteBuffer.wrap(bytes);
        }
        start = position;
        filled = keep;
    }

    @Override
    public ByteBuffer buffer() {
        return buffer;
    }

    @Override
    public int indexOf(long position) {
        return (int) (position - start);
    }

    @Override
    public long size() {
        return ended ? start + filled : -1;
    }

    @Override
    public long available() {
        return start + filled;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
