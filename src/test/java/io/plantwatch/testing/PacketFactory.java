package io.plantwatch.testing;

import io.plantwatch.capture.Frame;
import io.plantwatch.capture.LinkType;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PacketDecoder;

import java.nio.ByteBuffer;

/**
 * Hand-made Ethernet/IPv4 TCP and UDP frames, decoded by the real {@link PacketDecoder}, for
 * decoder unit tests. Each returned packet is valid until the next call. Not thread-safe.
 */
public final class PacketFactory {
    private final PacketDecoder decoder = new PacketDecoder();
    private final Frame frame = new Frame();
    private long time = 1_600_000_000_000_000_000L;

    public Packet tcp(String src, int srcPort, String dst, int dstPort, long seq, int flags, byte[] payload) {
        ByteBuffer l4 = ByteBuffer.allocate(20 + payload.length);
        l4.putShort((short) srcPort).putShort((short) dstPort).putInt((int) seq).putInt(1)
                .put((byte) 0x50).put((byte) flags).putShort((short) 65535).putShort((short) 0).putShort((short) 0)
                .put(payload);
        return ip(src, dst, 6, l4.array());
    }

    public Packet udp(String src, int srcPort, String dst, int dstPort, byte[] payload) {
        ByteBuffer l4 = ByteBuffer.allocate(8 + payload.length);
        l4.putShort((short) srcPort).putShort((short) dstPort).putShort((short) (8 + payload.length))
                .putShort((short) 0).put(payload);
        return ip(src, dst, 17, l4.array());
    }

    private Packet ip(String src, String dst, int protocol, byte[] l4) {
        ByteBuffer b = ByteBuffer.allocate(14 + 20 + l4.length);
        b.put(new byte[] {0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1, 8, 0});
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + l4.length)).putShort((short) 1)
                .putShort((short) 0x4000).put((byte) 64).put((byte) protocol).putShort((short) 0)
                .put(address(src)).put(address(dst)).put(l4);
        time += 10_000_000L;
        frame.set(ByteBuffer.wrap(b.array()), 0, b.capacity(), b.capacity(), time, LinkType.ETHERNET, 0);
        return decoder.decode(frame);
    }

    private static byte[] address(String dotted) {
        String[] parts = dotted.split("\\.");
        byte[] a = new byte[4];
        for (int i = 0; i < 4; i++) {
            a[i] = (byte) Integer.parseInt(parts[i]);
        }
        return a;
    }

    /** Hex text ("00 01 ff", spaces optional) to bytes. */
    public static byte[] hex(String text) {
        String s = text.replaceAll("\\s+", "");
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
