package io.plantwatch.testing;

import io.plantwatch.capture.Frame;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Builds frames header by header for decoder tests (lengths filled in, checksums left zero). */
public final class Packets {
    private Packets() {
    }

    public static Frame frame(byte[] bytes, int linkType) {
        return new Frame().set(ByteBuffer.wrap(bytes), 0, bytes.length, bytes.length, 1_000_000_000L, linkType, 0);
    }

    public static byte[] ethernet(long dst, long src, int etherType, byte[] payload) {
        return concat(mac(dst), mac(src), u16(etherType), payload);
    }

    public static byte[] vlan(int id, int etherType, byte[] payload) {
        return concat(u16(id), u16(etherType), payload);
    }

    public static byte[] ipv4(int src, int dst, int protocol, byte[] payload) {
        return ipv4(src, dst, protocol, 0x4000, 1, payload, 20 + payload.length);
    }

    /** An IPv4 header with explicit flags/fragment offset field and total length. */
    public static byte[] ipv4(int src, int dst, int protocol, int flagsAndOffset, int id, byte[] payload, int totalLength) {
        ByteBuffer b = ByteBuffer.allocate(20);
        b.put((byte) 0x45).put((byte) 0).putShort((short) totalLength).putShort((short) id)
                .putShort((short) flagsAndOffset).put((byte) 64).put((byte) protocol).putShort((short) 0)
                .putInt(src).putInt(dst);
        return concat(b.array(), payload);
    }

    public static byte[] ipv6(long srcHi, long srcLo, long dstHi, long dstLo, int next, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(40);
        b.putInt(0x60000000).putShort((short) payload.length).put((byte) next).put((byte) 64)
                .putLong(srcHi).putLong(srcLo).putLong(dstHi).putLong(dstLo);
        return concat(b.array(), payload);
    }

    public static byte[] tcp(int srcPort, int dstPort, long seq, int flags, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20);
        b.putShort((short) srcPort).putShort((short) dstPort).putInt((int) seq).putInt(0)
                .put((byte) 0x50).put((byte) flags).putShort((short) 8192).putInt(0);
        return concat(b.array(), payload);
    }

    public static byte[] udp(int srcPort, int dstPort, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8);
        b.putShort((short) srcPort).putShort((short) dstPort).putShort((short) (8 + payload.length)).putShort((short) 0);
        return concat(b.array(), payload);
    }

    public static int ip(int a, int b, int c, int d) {
        return a << 24 | b << 16 | c << 8 | d;
    }

    public static byte[] mac(long mac) {
        byte[] out = new byte[6];
        for (int i = 0; i < 6; i++) {
            out[i] = (byte) (mac >>> (40 - 8 * i));
        }
        return out;
    }

    public static byte[] u16(int v) {
        return new byte[] {(byte) (v >>> 8), (byte) v};
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
