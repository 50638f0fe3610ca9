package io.plantwatch.simulate.protocol;

import java.nio.charset.StandardCharsets;

/**
 * One Ethernet frame under construction, written in place: headers first with their length and
 * checksum fields left open, then the payload, then {@link #finish()} fills in IPv4 total length,
 * UDP length, the IPv4, TCP and UDP checksums, and pads to the 60-byte Ethernet minimum. Reused for
 * every frame, so building one allocates nothing. Not thread-safe.
 */
public final class FrameBuffer {
    public static final int ETHERTYPE_IPV4 = 0x0800;
    public static final int ETHERTYPE_ARP = 0x0806;
    public static final int ETHERTYPE_LLDP = 0x88CC;
    public static final int TCP = 6;
    public static final int UDP = 17;
    private static final int MIN_FRAME = 60;
    private static final int CAPACITY = 1 << 16;

    private final byte[] data = new byte[CAPACITY];
    private int pos;
    private int ipStart = -1;
    private int l4Start = -1;
    private int l4Protocol;
    private int payloadStart;
    private int length;

    /** Starts a new frame with its Ethernet II header. */
    public FrameBuffer ethernet(long dstMac, long srcMac, int etherType) {
        pos = 0;
        ipStart = -1;
        l4Start = -1;
        payloadStart = 0;
        mac(dstMac).mac(srcMac).u16(etherType);
        payloadStart = pos;
        return this;
    }

    /** An IPv4 header without options; total length and checksum are set by {@link #finish()}. */
    public FrameBuffer ipv4(int src, int dst, int protocol, int ttl, int id, boolean dontFragment) {
        ipStart = pos;
        l4Protocol = protocol;
        u8(0x45).u8(0).u16(0).u16(id).u16(dontFragment ? 0x4000 : 0).u8(ttl).u8(protocol).u16(0).u32(src).u32(dst);
        payloadStart = pos;
        return this;
    }

    /** A TCP header; {@code mss} greater than 0 adds the MSS, SACK-permitted and window-scale options of a SYN. */
    public FrameBuffer tcp(int srcPort, int dstPort, long seq, long ack, int flags, int window, int mss) {
        l4Start = pos;
        int headerLength = mss > 0 ? 32 : 20;
        u16(srcPort).u16(dstPort).u32((int) seq).u32((int) ack).u8((headerLength / 4) << 4).u8(flags).u16(window)
                .u16(0).u16(0);
        if (mss > 0) {
            u8(2).u8(4).u16(mss).u8(1).u8(3).u8(3).u8(8).u8(1).u8(1).u8(4).u8(2);
        }
        payloadStart = pos;
        return this;
    }

    /** A UDP header; length and checksum are set by {@link #finish()}. */
    public FrameBuffer udp(int srcPort, int dstPort) {
        l4Start = pos;
        u16(srcPort).u16(dstPort).u16(0).u16(0);
        payloadStart = pos;
        return this;
    }

    /** Completes the frame; returns its length on the wire. */
    public int finish() {
        if (ipStart >= 0) {
            int ipLength = pos - ipStart;
            putU16(ipStart + 2, ipLength);
            putU16(ipStart + 10, Checksum.fold(Checksum.sum(data, ipStart, 20, 0)));
            if (l4Start >= 0) {
                int l4Length = pos - l4Start;
                if (l4Protocol == UDP) {
                    putU16(l4Start + 4, l4Length);
                }
                int pseudo = Checksum.sum(data, ipStart + 12, 8, 0) + l4Protocol + l4Length;
                int sum = Checksum.fold(Checksum.sum(data, l4Start, l4Length, pseudo));
                if (l4Protocol == UDP && sum == 0) {
                    sum = 0xFFFF;
                }
                putU16(l4Start + (l4Protocol == UDP ? 6 : 16), sum);
            }
        }
        length = pos;
        while (length < MIN_FRAME) {
            data[length++] = 0;
        }
        return length;
    }

    /** Bytes written after the innermost header (the application payload), before padding. */
    public int payloadLength() {
        return pos - payloadStart;
    }

    public byte[] data() {
        return data;
    }

    /** The finished frame's length (valid after {@link #finish()}). */
    public int length() {
        return length;
    }

    /** Where the next byte goes; with {@link #putU16} lets a protocol fill in its own length fields. */
    public int position() {
        return pos;
    }

    public FrameBuffer u8(int v) {
        data[pos++] = (byte) v;
        return this;
    }

    public FrameBuffer u16(int v) {
        data[pos++] = (byte) (v >>> 8);
        data[pos++] = (byte) v;
        return this;
    }

    public FrameBuffer u24(int v) {
        data[pos++] = (byte) (v >>> 16);
        return u16(v);
    }

    public FrameBuffer u32(int v) {
        data[pos++] = (byte) (v >>> 24);
        data[pos++] = (byte) (v >>> 16);
        data[pos++] = (byte) (v >>> 8);
        data[pos++] = (byte) v;
        return this;
    }

    public FrameBuffer u16le(int v) {
        data[pos++] = (byte) v;
        data[pos++] = (byte) (v >>> 8);
        return this;
    }

    public FrameBuffer u32le(int v) {
        return u16le(v).u16le(v >>> 16);
    }

    public FrameBuffer u24le(int v) {
        return u16le(v).u8(v >>> 16);
    }

    public FrameBuffer mac(long mac) {
        for (int shift = 40; shift >= 0; shift -= 8) {
            data[pos++] = (byte) (mac >>> shift);
        }
        return this;
    }

    public FrameBuffer bytes(byte[] b) {
        System.arraycopy(b, 0, data, pos, b.length);
        pos += b.length;
        return this;
    }

    /** {@code count} bytes of {@code value}. */
    public FrameBuffer fill(int count, int value) {
        java.util.Arrays.fill(data, pos, pos + count, (byte) value);
        pos += count;
        return this;
    }

    /** ASCII text, no terminator. */
    public FrameBuffer ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            data[pos++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** ASCII text padded with {@code pad} (or cut) to exactly {@code width} bytes. */
    public FrameBuffer asciiFixed(String s, int width, int pad) {
        int n = Math.min(s.length(), width);
        for (int i = 0; i < n; i++) {
            data[pos++] = (byte) s.charAt(i);
        }
        return fill(width - n, pad);
    }

    public FrameBuffer utf8(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public void putU16(int at, int v) {
        data[at] = (byte) (v >>> 8);
        data[at + 1] = (byte) v;
    }

    public void putU8(int at, int v) {
        data[at] = (byte) v;
    }

    public void putU16le(int at, int v) {
        data[at] = (byte) v;
        data[at + 1] = (byte) (v >>> 8);
    }
}
