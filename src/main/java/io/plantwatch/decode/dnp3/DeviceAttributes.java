package io.plantwatch.decode.dnp3;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.codes.WireText;

import java.nio.ByteBuffer;

/**
 * Device attributes (object group 0) at the start of a response, as identities of the
 * outstation: 242 software version, 243 hardware version, 247 device name, 248 serial number,
 * 250 product name and model, 252 manufacturer name (IEEE 1815-2012 A.1). Each attribute is a
 * data type, a length and a value; string ones (type 1, VSTR) are read. Objects of other groups
 * end the walk: their sizes are not known here. Thread-safe.
 */
final class DeviceAttributes {
    private static final int VISIBLE_STRING = 1;

    private DeviceAttributes() {
    }

    /** @param at the first object header after the internal indications */
    static void read(ByteBuffer b, int at, int length, Observations out) {
        int position = 0;
        while (position + 5 <= length && b.get(at + position) == 0) {
            int variation = b.get(at + position + 1) & 0xFF;
            int qualifier = b.get(at + position + 2) & 0xFF;
            int rangeSize = qualifier == 0x00 ? 1 : qualifier == 0x01 ? 2 : -1;
            if (rangeSize < 0 || position + 3 + 2 * rangeSize + 2 > length) {
                return;
            }
            int start = index(b, at + position + 3, rangeSize);
            int stop = index(b, at + position + 3 + rangeSize, rangeSize);
            if (start != stop) {
                return;
            }
            int value = position + 3 + 2 * rangeSize;
            int type = b.get(at + value) & 0xFF;
            int size = b.get(at + value + 1) & 0xFF;
            if (value + 2 + size > length) {
                out.malformed(Dnp3LinkReader.DNP3, "device attribute truncated");
                return;
            }
            Identity field = identity(variation);
            if (field != null && type == VISIBLE_STRING) {
                out.identity(Side.SOURCE, field, WireText.ascii(b, at + value + 2, size));
            }
            position = value + 2 + size;
        }
    }

    private static int index(ByteBuffer b, int at, int size) {
        return size == 1 ? b.get(at) & 0xFF : (b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8;
    }

    private static Identity identity(int variation) {
        return switch (variation) {
            case 242 -> Identity.FIRMWARE;
            case 243 -> Identity.HARDWARE_VERSION;
            case 247 -> Identity.NAME;
            case 248 -> Identity.SERIAL;
            case 250 -> Identity.MODEL;
            case 252 -> Identity.VENDOR;
            default -> null;
        };
    }
}
