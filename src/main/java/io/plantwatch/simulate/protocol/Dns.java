package io.plantwatch.simulate.protocol;

/** DNS queries and answers for A records (UDP 53). Stateless. */
public final class Dns {
    public static final int PORT = 53;

    private Dns() {
    }

    public static void query(FrameBuffer fb, int id, String name) {
        fb.u16(id).u16(0x0100).u16(1).u16(0).u16(0).u16(0);
        question(fb, name);
    }

    /** A response with one A record ({@code address}), or NXDOMAIN when {@code address} is 0. */
    public static void answer(FrameBuffer fb, int id, String name, int address, int ttl) {
        boolean found = address != 0;
        fb.u16(id).u16(found ? 0x8180 : 0x8183).u16(1).u16(found ? 1 : 0).u16(0).u16(0);
        question(fb, name);
        if (found) {
            fb.u16(0xC00C).u16(1).u16(1).u32(ttl).u16(4).u32(address);
        }
    }

    private static void question(FrameBuffer fb, String name) {
        int labelStart = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '.') {
                fb.u8(i - labelStart).ascii(name.substring(labelStart, i));
                labelStart = i + 1;
            }
        }
        fb.u8(0).u16(1).u16(1);
    }
}
