package io.plantwatch.simulate.protocol;

/**
 * TLS 1.3 as it looks on the wire without keys: a ClientHello with server name indication, a
 * ServerHello, change-cipher-spec, and opaque application-data records. Stateless.
 */
public final class Tls {
    public static final int PORT = 443;

    private Tls() {
    }

    public static void clientHello(FrameBuffer fb, String serverName, int seed) {
        int record = record(fb, 0x16, 0x0301);
        int handshake = fb.position();
        fb.u8(1).u24(0).u16(0x0303);
        random(fb, 32, seed);
        fb.u8(32);
        random(fb, 32, seed * 31);
        fb.u16(6).u16(0x1301).u16(0x1302).u16(0x1303).u8(1).u8(0);
        int extensions = fb.position();
        fb.u16(0);
        fb.u16(0).u16(serverName.length() + 5).u16(serverName.length() + 3).u8(0).u16(serverName.length())
                .ascii(serverName);
        fb.u16(10).u16(6).u16(4).u16(0x001D).u16(0x0017);
        fb.u16(13).u16(8).u16(6).u16(0x0403).u16(0x0804).u16(0x0401);
        fb.u16(43).u16(5).u8(4).u16(0x0304).u16(0x0303);
        fb.u16(51).u16(38).u16(36).u16(0x001D).u16(32);
        random(fb, 32, seed * 17);
        fb.putU16(extensions, fb.position() - extensions - 2);
        closeHandshake(fb, handshake);
        closeRecord(fb, record);
    }

    public static void serverHello(FrameBuffer fb, int seed) {
        int record = record(fb, 0x16, 0x0303);
        int handshake = fb.position();
        fb.u8(2).u24(0).u16(0x0303);
        random(fb, 32, seed * 7);
        fb.u8(32);
        random(fb, 32, seed * 31);
        fb.u16(0x1301).u8(0);
        int extensions = fb.position();
        fb.u16(0);
        fb.u16(43).u16(2).u16(0x0304);
        fb.u16(51).u16(36).u16(0x001D).u16(32);
        random(fb, 32, seed * 13);
        fb.putU16(extensions, fb.position() - extensions - 2);
        closeHandshake(fb, handshake);
        closeRecord(fb, record);
        changeCipherSpec(fb);
    }

    public static void changeCipherSpec(FrameBuffer fb) {
        fb.u8(0x14).u16(0x0303).u16(1).u8(1);
    }

    /** One encrypted record of {@code length} opaque bytes. */
    public static void applicationData(FrameBuffer fb, int length, int seed) {
        fb.u8(0x17).u16(0x0303).u16(length);
        random(fb, length, seed);
    }

    private static void random(FrameBuffer fb, int length, int seed) {
        int x = seed | 1;
        for (int i = 0; i < length; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            fb.u8(x);
        }
    }

    private static int record(FrameBuffer fb, int type, int version) {
        int start = fb.position();
        fb.u8(type).u16(version).u16(0);
        return start;
    }

    private static void closeRecord(FrameBuffer fb, int start) {
        fb.putU16(start + 3, fb.position() - start - 5);
    }

    private static void closeHandshake(FrameBuffer fb, int start) {
        int length = fb.position() - start - 4;
        fb.putU8(start + 1, length >>> 16);
        fb.putU16(start + 2, length);
    }
}
