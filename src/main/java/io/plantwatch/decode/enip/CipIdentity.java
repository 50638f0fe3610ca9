package io.plantwatch.decode.enip;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.internal.Cursor;
import io.plantwatch.decode.internal.Wire;

/**
 * The CIP Identity object's attributes 1-7 (vendor, device type, product code, revision, status,
 * serial number, product name), laid out alike in a ListIdentity reply and in a Get_Attributes_All
 * reply of the Identity class.
 */
record CipIdentity(int vendor, int deviceType, int productCode, int majorRevision, int minorRevision,
                   long serial, String productName) {

    /** Reads the attributes at the cursor; throws {@link Cursor.Truncated} when they are cut short. */
    static CipIdentity read(Cursor c) {
        int vendor = c.u16le();
        int deviceType = c.u16le();
        int productCode = c.u16le();
        int major = c.u8();
        int minor = c.u8();
        c.u16le(); // status
        long serial = c.u32le();
        String name = c.latin1(c.u8());
        return new CipIdentity(vendor, deviceType, productCode, major, minor, serial, name);
    }

    /** Tells what the device at {@code side} says of itself, in the words tshark shows. */
    void report(Observations out, Side side, EnipTables tables) {
        String vendorName = tables.vendors().name(vendor);
        if (vendorName != null) {
            out.identity(side, Identity.VENDOR, vendorName);
        }
        if (!productName.isEmpty() && Wire.printable(productName)) {
            out.identity(side, Identity.MODEL, productName);
        }
        out.identity(side, Identity.FIRMWARE, majorRevision + "." + (minorRevision < 10 ? "0" : "") + minorRevision);
        out.identity(side, Identity.SERIAL, Wire.hex((int) serial, 8));
        out.identity(side, Identity.PRODUCT_CODE,
                "CIP vendor " + vendor + ", device type " + deviceType + ", product code " + productCode);
        String profile = tables.deviceTypes().name(deviceType);
        if (profile != null) {
            out.identity(side, Identity.DESCRIPTION, profile);
        }
        String defenderType = tables.deviceTypes().tag(deviceType);
        if (defenderType != null) {
            out.identity(side, Identity.DEVICE_TYPE, defenderType);
        }
    }
}
