package io.plantwatch.testing;

import io.plantwatch.capture.Frame;
import io.plantwatch.capture.LinkType;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PacketDecoder;

import java.nio.ByteBuffer;

/**
 * Hand-made frames ({@link FrameBytes}) decoded by the real {@link PacketDecoder}, for decoder unit
 * tests. Each returned packet is valid until the next call. Not thread-safe.
 */
public final class PacketFactory {
    private static final long CLIENT_MAC = 0x020000000001L;
    private static final long SERVER_MAC = 0x020000000002L;

    private final PacketDecoder decoder = new PacketDecoder();
    private final Frame frame = new Frame();
    private long time = 1_600_000_000_000_000_000L;

    public Packet tcp(String src, int srcPort, String dst, int dstPort, long seq, int flags, byte[] payload) {
        return decode(FrameBytes.tcp(CLIENT_MAC, src, srcPort, SERVER_MAC, dst, dstPort, seq, flags, payload));
    }

    public Packet udp(String src, int srcPort, String dst, int dstPort, byte[] payload) {
        return decode(FrameBytes.udp(CLIENT_MAC, src, srcPort, SERVER_MAC, dst, dstPort, payload));
    }

    public Packet decode(byte[] bytes) {
        time += 10_000_000L;
        frame.set(ByteBuffer.wrap(bytes), 0, bytes.length, bytes.length, time, LinkType.ETHERNET, 0);
        return decoder.decode(frame);
    }

    /** Hex text to bytes (see {@link FrameBytes#hex}). */
    public static byte[] hex(String text) {
        return FrameBytes.hex(text);
    }
}
