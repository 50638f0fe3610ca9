package io.plantwatch.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Classic pcap, little-endian, microsecond timestamps, link type Ethernet: the format every tool
 * reads. Frames are written whole (captured length = original length). Not thread-safe.
 */
public final class PcapWriter extends ChannelCaptureWriter {
    private static final int MAGIC_MICROSECONDS = 0xA1B2C3D4;
    private static final int SNAP_LENGTH = 262_144;
    private static final int RECORD_HEADER = 16;

    public PcapWriter(Path file) throws IOException {
        super(file);
        ByteBuffer b = out.reserve(24);
        b.putInt(MAGIC_MICROSECONDS).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(SNAP_LENGTH).putInt(LinkType.ETHERNET);
    }

    @Override
    public void write(long timestampNanos, byte[] frame, int offset, int length) throws IOException {
        ByteBuffer b = out.reserve(RECORD_HEADER + length);
        long micros = Math.floorDiv(timestampNanos, 1000L);
        b.putInt((int) Math.floorDiv(micros, 1_000_000L)).putInt((int) Math.floorMod(micros, 1_000_000L))
                .putInt(length).putInt(length).put(frame, offset, length);
        packets++;
    }
}
