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
    /** Smaller mappings are not worth a thread: their faults cost less than starting one. */
    private static final long TOUCH_FROM = 16L << 20;

    private final FileChannel channel;
    private final long size;
    private final long window;
    private final Path file;
    private MappedByteBuffer mapped;
    private PageToucher toucher;
    private long mappedStart;
    private long mappedEnd;

    public MappedInput(Path file) throws IOException {
        this(file, WINDOW);
    }

    MappedInput(Path file, long window) throws IOException {
        this.file = file;
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
        stopToucher();
        if (length >= TOUCH_FROM) {
            toucher = PageToucher.start(mapped, file.getFileName().toString());
        }
        mappedStart = start;
        mappedEnd = start + length;
    }

    private void stopToucher() {
        if (toucher != null) {
            toucher.stop();
            toucher = null;
        }
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
        stopToucher();
        mapped = null;
        channel.close();
    }
}
