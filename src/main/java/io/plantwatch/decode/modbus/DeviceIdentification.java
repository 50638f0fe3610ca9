package io.plantwatch.decode.modbus;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.codes.WireText;

import java.nio.ByteBuffer;

/**
 * The objects of a Read Device Identification response (FC 43, MEI 14), as identities of the
 * responding server: VendorName, ProductCode, MajorMinorRevision, ProductName, ModelName and
 * UserApplicationName (objects 0-6 are ASCII strings, as in tshark's
 * {@code modbus.object_str_value}). Thread-safe.
 */
final class DeviceIdentification {
    private static final String PROTOCOL = ModbusFlowDecoder.MODBUS;
    /** Identity per basic and regular object id 0..6; VendorUrl (3) is not an identity. */
    private static final Identity[] OBJECTS = {Identity.VENDOR, Identity.PRODUCT_CODE, Identity.FIRMWARE, null,
            Identity.MODEL, Identity.MODEL, Identity.DESCRIPTION};

    private DeviceIdentification() {
    }

    /**
     * @param at the "read device id code" byte, after the MEI type
     * @param length bytes from there to the end of the ADU
     */
    static void read(ByteBuffer b, int at, int length, Observations out) {
        if (length < 5) {
            out.malformed(PROTOCOL, "Read Device Identification response too short");
            return;
        }
        int count = b.get(at + 4) & 0xFF;
        int position = 5;
        for (int i = 0; i < count; i++) {
            if (position + 2 > length) {
                out.malformed(PROTOCOL, "Read Device Identification object truncated");
                return;
            }
            int id = b.get(at + position) & 0xFF;
            int size = b.get(at + position + 1) & 0xFF;
            position += 2;
            if (position + size > length) {
                out.malformed(PROTOCOL, "Read Device Identification object truncated");
                return;
            }
            if (id < OBJECTS.length && OBJECTS[id] != null) {
                out.identity(Side.SOURCE, OBJECTS[id], WireText.ascii(b, at + position, size));
            }
            position += size;
        }
    }
}
