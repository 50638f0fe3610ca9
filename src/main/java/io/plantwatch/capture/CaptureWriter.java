package io.plantwatch.capture;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes Ethernet frames to a capture file. Implementations buffer through a large direct buffer
 * and write it to a file channel in big chunks, so a gigabyte takes seconds. Not thread-safe.
 */
public interface CaptureWriter extends Closeable {

    /** Appends one frame captured whole ({@code length} bytes on the wire). */
    void write(long timestampNanos, byte[] frame, int offset, int length) throws IOException;

    /** Frames written so far. */
    long packets();

    /** Bytes of the file written so far (headers included). */
    long fileBytes();

    /** A pcapng writer when the name ends in {@code .pcapng}, a classic pcap writer otherwise. */
    static CaptureWriter create(Path file) throws IOException {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pcapng")
                ? new PcapngWriter(file) : new PcapWriter(file);
    }
}
