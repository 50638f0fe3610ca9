package io.plantwatch.simulate.protocol;

/**
 * EtherNet/IP encapsulation (little-endian, port 44818) with CIP explicit messages: ListIdentity,
 * RegisterSession, and unconnected SendRRData carrying Logix Read Tag requests. Stateless.
 */
public final class Enip {
    public static final int PORT = 44818;
    public static final int LIST_IDENTITY = 0x63;
    public static final int REGISTER_SESSION = 0x65;
    public static final int UNREGISTER_SESSION = 0x66;
    public static final int SEND_RR_DATA = 0x6F;
    private static final int CIP_READ_TAG = 0x4C;

    private Enip() {
    }

    /** The identity item of a ListIdentity reply. */
    public record Identity(int vendorId, int deviceType, int productCode, int major, int minor, int serial,
                           String productName) {
    }

    public static void listIdentityRequest(FrameBuffer fb, long context) {
        header(fb, LIST_IDENTITY, 0, 0, context);
    }

    public static void listIdentityReply(FrameBuffer fb, long context, int ip, Identity id) {
        int itemLength = 34 + id.productName().length();
        header(fb, LIST_IDENTITY, 2 + 4 + itemLength, 0, context);
        fb.u16le(1).u16le(0x000C).u16le(itemLength).u16le(1)
                .u16(2).u16(PORT).u32(ip).fill(8, 0)
                .u16le(id.vendorId()).u16le(id.deviceType()).u16le(id.productCode()).u8(id.major()).u8(id.minor())
                .u16le(0x0030).u32le(id.serial()).u8(id.productName().length()).ascii(id.productName()).u8(0x03);
    }

    public static void registerSession(FrameBuffer fb, int session, long context) {
        header(fb, REGISTER_SESSION, 4, session, context);
        fb.u16le(1).u16le(0);
    }

    public static void unregisterSession(FrameBuffer fb, int session, long context) {
        header(fb, UNREGISTER_SESSION, 0, session, context);
    }

    /** SendRRData: CIP Read Tag of {@code tag} (one element). */
    public static void readTagRequest(FrameBuffer fb, int session, long context, String tag) {
        int pathBytes = 2 + tag.length() + (tag.length() & 1);
        int cipLength = 2 + pathBytes + 2;
        rrDataHeader(fb, session, context, cipLength);
        fb.u8(CIP_READ_TAG).u8(pathBytes / 2).u8(0x91).u8(tag.length()).ascii(tag);
        if ((tag.length() & 1) != 0) {
            fb.u8(0);
        }
        fb.u16le(1);
    }

    /** SendRRData reply to a Read Tag: one DINT. */
    public static void readTagReply(FrameBuffer fb, int session, long context, int value) {
        rrDataHeader(fb, session, context, 4 + 2 + 4);
        fb.u8(CIP_READ_TAG | 0x80).u8(0).u8(0).u8(0).u16le(0x00C4).u32le(value);
    }

    private static void rrDataHeader(FrameBuffer fb, int session, long context, int cipLength) {
        header(fb, SEND_RR_DATA, 6 + 2 + 4 + 4 + cipLength, session, context);
        fb.u32le(0).u16le(10).u16le(2).u16le(0x0000).u16le(0).u16le(0x00B2).u16le(cipLength);
    }

    private static void header(FrameBuffer fb, int command, int length, int session, long context) {
        fb.u16le(command).u16le(length).u32le(session).u32le(0).u32le((int) context).u32le((int) (context >>> 32))
                .u32le(0);
    }
}
