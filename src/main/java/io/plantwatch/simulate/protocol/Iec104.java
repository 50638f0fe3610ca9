package io.plantwatch.simulate.protocol;

/**
 * IEC 60870-5-104 APDUs (port 2404): U-format STARTDT/TESTFR, S-format acknowledgements, and
 * I-format ASDUs for general interrogation and short floating-point measurements. Stateless.
 */
public final class Iec104 {
    public static final int PORT = 2404;
    public static final int STARTDT_ACT = 0x07;
    public static final int STARTDT_CON = 0x0B;
    public static final int TESTFR_ACT = 0x43;
    public static final int TESTFR_CON = 0x83;
    public static final int C_IC_NA_1 = 100;
    public static final int M_ME_NC_1 = 13;
    public static final int COT_SPONTANEOUS = 3;
    public static final int COT_ACTIVATION = 6;
    public static final int COT_ACTIVATION_CON = 7;
    public static final int COT_ACTIVATION_TERM = 10;
    public static final int COT_INTERROGATED = 20;

    private Iec104() {
    }

    public static void uFrame(FrameBuffer fb, int function) {
        fb.u8(0x68).u8(4).u8(function).u8(0).u16(0);
    }

    public static void sFrame(FrameBuffer fb, int receiveSequence) {
        fb.u8(0x68).u8(4).u8(0x01).u8(0).u16le(receiveSequence << 1);
    }

    /** General interrogation command (QOI 20) with the given cause (activation, confirmation, termination). */
    public static void interrogation(FrameBuffer fb, int send, int receive, int commonAddress, int cause) {
        int start = iHeader(fb, send, receive);
        fb.u8(C_IC_NA_1).u8(1).u8(cause).u8(0).u16le(commonAddress).u24le(0).u8(20);
        fb.putU8(start + 1, fb.position() - start - 2);
    }

    /** {@code count} measured values, short float with quality, IOAs from {@code firstIoa}. */
    public static void measurements(FrameBuffer fb, int send, int receive, int commonAddress, int cause, int firstIoa,
                                    int count, int seed) {
        int start = iHeader(fb, send, receive);
        fb.u8(M_ME_NC_1).u8(count).u8(cause).u8(0).u16le(commonAddress);
        for (int i = 0; i < count; i++) {
            fb.u24le(firstIoa + i).u32le(Float.floatToIntBits(((seed + i * 37) & 0x3FF) / 10f)).u8(0);
        }
        fb.putU8(start + 1, fb.position() - start - 2);
    }

    private static int iHeader(FrameBuffer fb, int send, int receive) {
        int start = fb.position();
        fb.u8(0x68).u8(0).u16le((send << 1) & 0xFFFE).u16le((receive << 1) & 0xFFFE);
        return start;
    }
}
