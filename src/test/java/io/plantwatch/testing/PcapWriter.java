package io.plantwatch.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes hand-made Ethernet frames to a classic pcap file, so a test can run the real analysis
 * on traffic no shared capture holds. Not thread-safe.
 */
public final class PcapWriter {
    private final List<byte[]> frames = new ArrayList<>();

    public PcapWriter add(byte[] frame) {
        frames.add(frame);
        return this;
    }

    public Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                    .putInt(65535).putInt(1);
            out.write(header.array());
            long seconds = 1_600_000_000L;
            for (int i = 0; i < frames.size(); i++) {
                byte[] frame = frames.get(i);
                ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
                record.putInt((int) (seconds + i)).putInt(0).putInt(frame.length).putInt(frame.length);
                out.write(record.array());
                out.write(frame);
            }
        }
        return file;
    }
}
