package io.plantwatch.capture.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file read through memory-mapped windows. Files up to {@link #WINDOW} bytes are one mapping;
 * larger ones slide a window forward, so any size can be read with a small heap. Not thread-safe.
 */
public final class MappedInput implements ByteInput {
    /** 1 GiB: large enough that most captures are a single mapping, small enough for any JVM. */
    static final long WINDOW = 1L << 30;

    private final FileChannel channel;
    private final long size;
    private final long window;
    private MappedByteBuffer mapped;
    private long mappedStart;
    private long mappedEnd;

    public MappedInput(Path file) throws IOException {
        this(file, WINDOW);
    }

    MappedInput(Path file, long window) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.size = channel.size();
        this.window = window;
    }

    @Override
    public boolean ensure(long position, int length) throws IOException {
        long end = position + length;
        if (end > size) {
            return false;
        }
        if (mapped == null || position < mappedStart || end > mappedEnd) {
            remap(position, end);
        }
        return true;
    }

    private void remap(long position, long end) throws IOException {
        long start = position & ~0xFFFL; // page aligned
        long length = Math.min(size - start, Math.max(window, end - start));
        mapped = channel.map(FileChannel.MapMode.READ_ONLY, start, length);
        mapped.order(ByteOrder.BIG_ENDIAN);
        mappedStart = start;
        mappedEnd = start + length;
    }

    @Override
    public ByteBuffer buffer() {
        return mapped;
    }

    @Override
    public int indexOf(long position) {
        return (int) (position - mappedStart);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long available() {
        return size;
    }

    @Override
    public void close() throws IOException {
        mapped = null;
        channel.close();
    }
}
