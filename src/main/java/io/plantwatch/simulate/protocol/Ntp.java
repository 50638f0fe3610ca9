package io.plantwatch.simulate.protocol;

/** NTPv4 client requests and server replies (UDP 123). Stateless. */
public final class Ntp {
    public static final int PORT = 123;
    private static final long UNIX_TO_NTP_SECONDS = 2_208_988_800L;

    private Ntp() {
    }

    public static void request(FrameBuffer fb, long nowNanos) {
        fb.u8(0x23).u8(0).u8(6).u8(0xEC).u32(0).u32(0).u32(0).fill(8, 0).fill(8, 0).fill(8, 0);
        timestamp(fb, nowNanos);
    }

    /** A stratum-2 reply to a request sent at {@code requestNanos}. */
    public static void reply(FrameBuffer fb, long requestNanos, long nowNanos, int referenceId) {
        fb.u8(0x24).u8(2).u8(6).u8(0xE9).u32(0x0000_0200).u32(0x0000_0400).u32(referenceId);
        timestamp(fb, nowNanos - 30_000_000_000L);
        timestamp(fb, requestNanos);
        timestamp(fb, nowNanos - 20_000);
        timestamp(fb, nowNanos);
    }

    private static void timestamp(FrameBuffer fb, long nanos) {
        long seconds = Math.floorDiv(nanos, 1_000_000_000L) + UNIX_TO_NTP_SECONDS;
        long fraction = (Math.floorMod(nanos, 1_000_000_000L) << 32) / 1_000_000_000L;
        fb.u32((int) seconds).u32((int) fraction);
    }
}
