package io.plantwatch.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * pcapng with one section and one Ethernet interface at the default microsecond resolution;
 * every frame is an Enhanced Packet Block. Not thread-safe.
 */
public final class PcapngWriter extends ChannelCaptureWriter {
    private static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int INTERFACE_DESCRIPTION = 1;
    private static final int ENHANCED_PACKET = 6;
    private static final int SNAP_LENGTH = 262_144;

    public PcapngWriter(Path file) throws IOException {
        super(file);
        ByteBuffer b = out.reserve(28 + 20);
        b.putInt(SECTION_HEADER).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0)
                .putLong(-1L).putInt(28);
        b.putInt(INTERFACE_DESCRIPTION).putInt(20).putShort((short) LinkType.ETHERNET).putShort((short) 0)
                .putInt(SNAP_LENGTH).putInt(20);
    }

    @Override
    public void write(long timestampNanos, byte[] frame, int offset, int length) throws IOException {
        int padded = (length + 3) & ~3;
        int blockLength = 32 + padded;
        ByteBuffer b = out.reserve(blockLength);
        long micros = Math.floorDiv(timestampNanos, 1000L);
        b.putInt(ENHANCED_PACKET).putInt(blockLength).putInt(0).putInt((int) (micros >>> 32)).putInt((int) micros)
                .putInt(length).putInt(length).put(frame, offset, length);
        for (int i = length; i < padded; i++) {
            b.put((byte) 0);
        }
        b.putInt(blockLength);
        packets++;
    }
}
