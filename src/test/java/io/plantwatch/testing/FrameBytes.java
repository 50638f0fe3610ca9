package io.plantwatch.testing;

import java.nio.ByteBuffer;

/** Hand-made Ethernet II / IPv4 frames carrying TCP or UDP, as bytes. Thread-safe. */
public final class FrameBytes {
    private FrameBytes() {
    }

    public static byte[] tcp(long srcMac, String src, int srcPort, long dstMac, String dst, int dstPort,
                             long seq, int flags, byte[] payload) {
        ByteBuffer l4 = ByteBuffer.allocate(20 + payload.length);
        l4.putShort((short) srcPort).putShort((short) dstPort).putInt((int) seq).putInt(1)
                .put((byte) 0x50).put((byte) flags).putShort((short) 65535).putShort((short) 0).putShort((short) 0)
                .put(payload);
        return ethernetIpv4(srcMac, src, dstMac, dst, 6, l4.array());
    }

    public static byte[] udp(long srcMac, String src, int srcPort, long dstMac, String dst, int dstPort, byte[] payload) {
        ByteBuffer l4 = ByteBuffer.allocate(8 + payload.length);
        l4.putShort((short) srcPort).putShort((short) dstPort).putShort((short) (8 + payload.length))
                .putShort((short) 0).put(payload);
        return ethernetIpv4(srcMac, src, dstMac, dst, 17, l4.array());
    }

    private static byte[] ethernetIpv4(long srcMac, String src, long dstMac, String dst, int protocol, byte[] l4) {
        ByteBuffer b = ByteBuffer.allocate(14 + 20 + l4.length);
        b.putShort((short) (dstMac >>> 32)).putInt((int) dstMac).putShort((short) (srcMac >>> 32)).putInt((int) srcMac)
                .putShort((short) 0x0800);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + l4.length)).putShort((short) 1)
                .putShort((short) 0x4000).put((byte) 64).put((byte) protocol).putShort((short) 0)
                .put(address(src)).put(address(dst)).put(l4);
        return b.array();
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

    /** The parts, one after another. */
    public static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
