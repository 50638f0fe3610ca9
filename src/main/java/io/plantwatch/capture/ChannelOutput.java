package io.plantwatch.capture;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file written through one large direct buffer, little-endian: callers put bytes, the buffer
 * goes to the channel whenever the next record would not fit. One system call per 8 MiB keeps a
 * gigabyte to a few seconds. Not thread-safe.
 */
final class ChannelOutput implements Closeable {
    private static final int BUFFER_BYTES = 8 << 20;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private long written;
    private boolean closed;

    ChannelOutput(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** The buffer, with at least {@code bytes} free (records larger than the buffer are refused). */
    ByteBuffer reserve(int bytes) throws IOException {
        if (bytes > BUFFER_BYTES) {
            throw new IOException("record of " + bytes + " bytes is larger than the write buffer");
        }
        if (buffer.remaining() < bytes) {
            drain();
        }
        return buffer;
    }

    long position() {
        return written + buffer.position();
    }

    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            written += channel.write(buffer);
        }
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (channel) {
            drain();
        }
    }
}
