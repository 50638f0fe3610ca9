package io.plantwatch.bench;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The speed limit for reading a classic pcap: a memory-mapped loop that only walks the record
 * headers (touching every page, as any reader must) and decodes nothing.
 */
final class BareLoop {
    private static final long WINDOW = 1L << 30;

    /** Walks the file; returns the number of records (the sum keeps the JIT from skipping work). */
    static long[] walk(Path file) throws IOException {
        long packets = 0;
        long bytes = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long pos = 24;
            while (pos + 16 <= size) {
                long start = pos;
                long length = Math.min(WINDOW, size - start);
                MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, start, length);
                map.order(ByteOrder.LITTLE_ENDIAN);
                int at = 0;
                while (at + 16 <= length) {
                    int captured = map.getInt(at + 8);
                    int original = map.getInt(at + 12);
                    if (at + 16L + captured > length) {
                        break;
                    }
                    packets++;
                    bytes += original;
                    at += 16 + captured;
                }
                if (at == 0) {
                    break;
                }
                pos = start + at;
            }
        }
        return new long[] {packets, bytes};
    }

    private BareLoop() {
    }
}
