package io.plantwatch.simulate.protocol;

/**
 * Modbus/TCP application data units (MBAP header + PDU), written after a TCP header. Each method
 * writes one complete ADU and fills in the MBAP length. Stateless.
 */
public final class Modbus {
    public static final int PORT = 502;
    public static final int READ_COILS = 1;
    public static final int READ_HOLDING_REGISTERS = 3;
    public static final int READ_INPUT_REGISTERS = 4;
    public static final int WRITE_SINGLE_REGISTER = 6;
    public static final int WRITE_MULTIPLE_REGISTERS = 16;
    public static final int ENCAPSULATED_INTERFACE = 43;
    private static final int MEI_READ_DEVICE_ID = 14;
    private static final int READ_DEVICE_ID_REGULAR = 2;

    private Modbus() {
    }

    /** Identity objects 0-5 of FC 43/14, in object-id order. */
    public record DeviceIdentification(String vendorName, String productCode, String revision, String vendorUrl,
                                       String productName, String modelName) {
        String[] objects() {
            return new String[] {vendorName, productCode, revision, vendorUrl, productName, modelName};
        }
    }

    /** FC 1-4 request: read {@code count} items from {@code address}. */
    public static void readRequest(FrameBuffer fb, int transaction, int unit, int function, int address, int count) {
        int length = header(fb, transaction, unit);
        fb.u8(function).u16(address).u16(count);
        close(fb, length);
    }

    /** FC 3/4 response carrying {@code count} registers derived from {@code seed}. */
    public static void registersResponse(FrameBuffer fb, int transaction, int unit, int function, int count, int seed) {
        int length = header(fb, transaction, unit);
        fb.u8(function).u8(count * 2);
        for (int i = 0; i < count; i++) {
            fb.u16((seed + i * 977) & 0xFFFF);
        }
        close(fb, length);
    }

    /** FC 1/2 response carrying {@code count} bits. */
    public static void bitsResponse(FrameBuffer fb, int transaction, int unit, int function, int count, int seed) {
        int length = header(fb, transaction, unit);
        int bytes = (count + 7) / 8;
        fb.u8(function).u8(bytes);
        for (int i = 0; i < bytes; i++) {
            fb.u8((seed >>> i) & (i == bytes - 1 && count % 8 != 0 ? (1 << (count % 8)) - 1 : 0xFF));
        }
        close(fb, length);
    }

    /** FC 6 request, echoed unchanged as its response. */
    public static void writeSingleRegister(FrameBuffer fb, int transaction, int unit, int address, int value) {
        int length = header(fb, transaction, unit);
        fb.u8(WRITE_SINGLE_REGISTER).u16(address).u16(value);
        close(fb, length);
    }

    /** FC 16 request writing {@code values}. */
    public static void writeMultipleRequest(FrameBuffer fb, int transaction, int unit, int address, int[] values) {
        int length = header(fb, transaction, unit);
        fb.u8(WRITE_MULTIPLE_REGISTERS).u16(address).u16(values.length).u8(values.length * 2);
        for (int v : values) {
            fb.u16(v);
        }
        close(fb, length);
    }

    /** FC 16 response. */
    public static void writeMultipleResponse(FrameBuffer fb, int transaction, int unit, int address, int count) {
        int length = header(fb, transaction, unit);
        fb.u8(WRITE_MULTIPLE_REGISTERS).u16(address).u16(count);
        close(fb, length);
    }

    /** FC 43 / MEI 14 Read Device Identification request, regular category, from object 0. */
    public static void readDeviceIdRequest(FrameBuffer fb, int transaction, int unit) {
        int length = header(fb, transaction, unit);
        fb.u8(ENCAPSULATED_INTERFACE).u8(MEI_READ_DEVICE_ID).u8(READ_DEVICE_ID_REGULAR).u8(0);
        close(fb, length);
    }

    /** FC 43 / MEI 14 response with objects 0-5 in one PDU. */
    public static void readDeviceIdResponse(FrameBuffer fb, int transaction, int unit, DeviceIdentification id) {
        int length = header(fb, transaction, unit);
        String[] objects = id.objects();
        fb.u8(ENCAPSULATED_INTERFACE).u8(MEI_READ_DEVICE_ID).u8(READ_DEVICE_ID_REGULAR).u8(0x82).u8(0).u8(0)
                .u8(objects.length);
        for (int i = 0; i < objects.length; i++) {
            fb.u8(i).u8(objects[i].length()).ascii(objects[i]);
        }
        close(fb, length);
    }

    private static int header(FrameBuffer fb, int transaction, int unit) {
        fb.u16(transaction & 0xFFFF).u16(0);
        int length = fb.position();
        fb.u16(0).u8(unit);
        return length;
    }

    private static void close(FrameBuffer fb, int lengthAt) {
        fb.putU16(lengthAt, fb.position() - lengthAt - 2);
    }
}
