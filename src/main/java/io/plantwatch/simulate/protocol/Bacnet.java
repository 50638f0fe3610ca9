package io.plantwatch.simulate.protocol;

/**
 * BACnet/IP (BVLC Annex J, UDP 47808): Who-Is, I-Am, and confirmed readProperty with its
 * Complex-ACK for device and analog objects. Stateless.
 */
public final class Bacnet {
    public static final int PORT = 47808;
    public static final int OBJECT_ANALOG_INPUT = 0;
    public static final int OBJECT_DEVICE = 8;
    public static final int PROP_FIRMWARE_REVISION = 44;
    public static final int PROP_MODEL_NAME = 70;
    public static final int PROP_OBJECT_NAME = 77;
    public static final int PROP_PRESENT_VALUE = 85;
    public static final int PROP_VENDOR_NAME = 121;
    private static final int READ_PROPERTY = 12;

    private Bacnet() {
    }

    public static void whoIs(FrameBuffer fb) {
        int bvlc = bvlc(fb, true);
        fb.u8(1).u8(0x20).u16(0xFFFF).u8(0).u8(0xFF);
        fb.u8(0x10).u8(0x08);
        close(fb, bvlc);
    }

    /** I-Am, broadcast: device instance, max APDU 1476, segmentation both, vendor id. */
    public static void iAm(FrameBuffer fb, int instance, int vendorId) {
        int bvlc = bvlc(fb, true);
        fb.u8(1).u8(0x20).u16(0xFFFF).u8(0).u8(0xFF);
        fb.u8(0x10).u8(0x00).u8(0xC4).u32(objectId(OBJECT_DEVICE, instance)).u8(0x22).u16(1476).u8(0x91).u8(0);
        unsigned(fb, vendorId);
        close(fb, bvlc);
    }

    public static void readPropertyRequest(FrameBuffer fb, int invokeId, int objectType, int instance, int property) {
        int bvlc = bvlc(fb, false);
        fb.u8(1).u8(0x04);
        fb.u8(0x02).u8(0x05).u8(invokeId).u8(READ_PROPERTY).u8(0x0C).u32(objectId(objectType, instance));
        propertyId(fb, property);
        close(fb, bvlc);
    }

    /** Complex-ACK of readProperty with a character-string value. */
    public static void readPropertyString(FrameBuffer fb, int invokeId, int objectType, int instance, int property,
                                          String value) {
        int bvlc = ackHead(fb, invokeId, objectType, instance, property);
        int lvt = value.length() + 1;
        if (lvt <= 4) {
            fb.u8(0x70 | lvt);
        } else if (lvt < 254) {
            fb.u8(0x75).u8(lvt);
        } else {
            fb.u8(0x75).u8(254).u16(lvt);
        }
        fb.u8(0).ascii(value).u8(0x3F);
        close(fb, bvlc);
    }

    /** Complex-ACK of readProperty with a REAL value. */
    public static void readPropertyReal(FrameBuffer fb, int invokeId, int objectType, int instance, int property,
                                        float value) {
        int bvlc = ackHead(fb, invokeId, objectType, instance, property);
        fb.u8(0x44).u32(Float.floatToIntBits(value)).u8(0x3F);
        close(fb, bvlc);
    }

    private static int ackHead(FrameBuffer fb, int invokeId, int objectType, int instance, int property) {
        int bvlc = bvlc(fb, false);
        fb.u8(1).u8(0x00);
        fb.u8(0x30).u8(invokeId).u8(READ_PROPERTY).u8(0x0C).u32(objectId(objectType, instance));
        propertyId(fb, property);
        fb.u8(0x3E);
        return bvlc;
    }

    private static void propertyId(FrameBuffer fb, int property) {
        if (property < 256) {
            fb.u8(0x19).u8(property);
        } else {
            fb.u8(0x1A).u16(property);
        }
    }

    private static void unsigned(FrameBuffer fb, int value) {
        if (value < 256) {
            fb.u8(0x21).u8(value);
        } else {
            fb.u8(0x22).u16(value);
        }
    }

    private static int objectId(int type, int instance) {
        return (type << 22) | (instance & 0x3FFFFF);
    }

    private static int bvlc(FrameBuffer fb, boolean broadcast) {
        int start = fb.position();
        fb.u8(0x81).u8(broadcast ? 0x0B : 0x0A).u16(0);
        return start;
    }

    private static void close(FrameBuffer fb, int start) {
        fb.putU16(start + 2, fb.position() - start);
    }
}
