package io.plantwatch.decode.bacnet;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.internal.Cursor;
import io.plantwatch.decode.internal.NameTable;
import io.plantwatch.decode.internal.Wire;

import java.util.HashSet;
import java.util.Set;

/**
 * Reads one BACnet APDU as Wireshark counts it: the service choice of confirmed requests, simple
 * and complex ACKs and errors as {@code bacapp.confirmed_service} (every segment of a segmented
 * message carries it), that of unconfirmed requests as {@code bacapp.unconfirmed_service}. I-Am and
 * unsegmented ReadProperty-ACKs of the device's identity properties become identities. One instance
 * per flow. Not thread-safe.
 */
final class ApduReader {
    static final String PROTOCOL = "bacapp";

    private static final int CONFIRMED_REQUEST = 0;
    private static final int UNCONFIRMED_REQUEST = 1;
    private static final int SIMPLE_ACK = 2;
    private static final int COMPLEX_ACK = 3;
    private static final int ERROR = 5;

    private static final int SEGMENTED = 0x08;
    private static final int I_AM = 0;
    private static final int READ_PROPERTY = 12;
    private static final int OBJECT_TYPE_DEVICE = 8;

    private final BacnetTables tables;
    private final BacnetTags tag = new BacnetTags();
    private final Set<Integer> named = new HashSet<>();
    /** The last service named: most flows repeat one service, so the set is rarely consulted. */
    private int lastNamed = -1;
    private boolean rolesTold;

    ApduReader(BacnetTables tables) {
        this.tables = tables;
    }

    /**
     * @param routed the NPDU names a source network: the sender relays for another device, so
     *               identities are not the sender's
     */
    void apdu(Cursor c, boolean routed, Observations out) {
        out.protocol(PROTOCOL);
        int first = c.u8();
        int type = first >>> 4;
        switch (type) {
            case CONFIRMED_REQUEST -> {
                c.skip((first & SEGMENTED) != 0 ? 4 : 2); // max segments/APDU, invoke id [, sequence, window]
                confirmedRequest(c.u8(), out);
            }
            case UNCONFIRMED_REQUEST -> unconfirmedRequest(c, c.u8(), routed, out);
            case SIMPLE_ACK, ERROR -> {
                c.skip(1); // invoke id
                out.function("bacapp_confirmed", c.u8());
            }
            case COMPLEX_ACK -> {
                boolean segmented = (first & SEGMENTED) != 0;
                c.skip(segmented ? 3 : 1); // invoke id [, sequence, window]
                int service = c.u8();
                out.function("bacapp_confirmed", service);
                if (service == READ_PROPERTY && !segmented && !routed) {
                    readPropertyAck(c, out);
                }
            }
            default -> {
                if (type > 7) {
                    out.malformed(PROTOCOL, "unknown APDU type " + type);
                }
            }
        }
    }

    private void confirmedRequest(int service, Observations out) {
        out.function("bacapp_confirmed", service);
        roles(out);
        tell(tables.confirmed(), service, 0, out);
    }

    private void unconfirmedRequest(Cursor c, int service, boolean routed, Observations out) {
        out.function("bacapp_unconfirmed", service);
        tell(tables.unconfirmed(), service, 1 << 8, out);
        if (service == I_AM && !routed) {
            iAm(c, out);
        }
    }

    private void tell(NameTable table, int service, int space, Observations out) {
        int key = space | service;
        if (key != lastNamed) {
            lastNamed = key;
            if (named.size() < 128 && named.add(key)) {
                out.command(PROTOCOL, table.nameOr(service, "service %d"));
            }
        }
        ActivityType activity = table.activity(service);
        if (activity != null) {
            String name = table.nameOr(service, "service %d");
            out.activity(new Activity(PROTOCOL, activity, name));
            if (activity == ActivityType.RESTART || activity == ActivityType.COMMUNICATION_CONTROL) {
                out.role(Side.SOURCE, PROTOCOL, Role.ENGINEERING);
            }
        }
    }

    private void roles(Observations out) {
        if (!rolesTold) {
            rolesTold = true;
            out.role(Side.SOURCE, PROTOCOL, Role.CLIENT);
            out.role(Side.DESTINATION, PROTOCOL, Role.SERVER);
        }
    }

    /** I-Am: device object id, max APDU, segmentation, vendor id, all application-tagged. */
    private void iAm(Cursor c, Observations out) {
        tag.read(c);
        if (tag.context || tag.number != BacnetTags.APPLICATION_OBJECT_ID || tag.length != 4) {
            out.malformed(PROTOCOL, "I-Am without device identifier");
            return;
        }
        long objectId = BacnetTags.unsigned(c, 4);
        tag.read(c);
        c.skip(tag.length); // max APDU length accepted
        tag.read(c);
        c.skip(tag.length); // segmentation supported
        tag.read(c);
        if (tag.context || tag.number != BacnetTags.APPLICATION_UNSIGNED) {
            out.malformed(PROTOCOL, "I-Am without vendor identifier");
            return;
        }
        int vendor = (int) BacnetTags.unsigned(c, tag.length);
        out.role(Side.SOURCE, PROTOCOL, Role.SERVER);
        out.identity(Side.SOURCE, Identity.DESCRIPTION, "BACnet device " + (objectId & 0x3FFFFF));
        vendor(vendor, out);
    }

    private void vendor(int vendor, Observations out) {
        String name = tables.vendors().name(vendor);
        if (name != null) {
            out.identity(Side.SOURCE, Identity.VENDOR, name);
        }
        out.identity(Side.SOURCE, Identity.PRODUCT_CODE, "BACnet vendor " + vendor);
    }

    /** ReadProperty-ACK: [0] object id, [1] property, optional [2] index, then [3] { value }. */
    private void readPropertyAck(Cursor c, Observations out) {
        tag.read(c);
        if (!tag.context || tag.number != 0 || tag.length != 4) {
            out.malformed(PROTOCOL, "ReadProperty-ACK without object identifier");
            return;
        }
        long objectId = BacnetTags.unsigned(c, 4);
        tag.read(c);
        if (!tag.context || tag.number != 1) {
            out.malformed(PROTOCOL, "ReadProperty-ACK without property identifier");
            return;
        }
        int property = (int) BacnetTags.unsigned(c, tag.length);
        if ((objectId >>> 22) != OBJECT_TYPE_DEVICE) {
            return; // names of points and other objects are not the device's
        }
        Identity field = DeviceProperty.identityOf(property);
        if (field == null && property != DeviceProperty.VENDOR_IDENTIFIER) {
            return;
        }
        tag.read(c);
        if (tag.context && tag.number == 2 && !tag.openingOrClosing) {
            c.skip(tag.length); // array index
            tag.read(c);
        }
        if (!tag.context || tag.number != 3 || tag.length != BacnetTags.OPENING) {
            out.malformed(PROTOCOL, "ReadProperty-ACK without property value");
            return;
        }
        tag.read(c);
        if (property == DeviceProperty.VENDOR_IDENTIFIER) {
            if (!tag.context && tag.number == BacnetTags.APPLICATION_UNSIGNED) {
                vendor((int) BacnetTags.unsigned(c, tag.length), out);
            }
            return;
        }
        if (!tag.context && tag.number == BacnetTags.APPLICATION_CHARACTER_STRING) {
            String value = BacnetTags.characterString(c, tag.length);
            if (Wire.printable(value)) {
                out.identity(Side.SOURCE, field, value);
            }
        }
    }
}
