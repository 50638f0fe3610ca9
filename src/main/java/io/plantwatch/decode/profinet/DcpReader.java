package io.plantwatch.decode.profinet;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.internal.NameTable;
import io.plantwatch.decode.internal.MacIdentity;
import io.plantwatch.decode.internal.Wire;

import java.nio.ByteBuffer;

/**
 * Profinet DCP (IEC 61158-6-10): identify responses tell the responder's NameOfStation, type of
 * station, vendor/device id and role; Set requests are configuration changes aimed at the
 * destination; identify and Get requests are discovery. Stateless and thread-safe.
 */
final class DcpReader {
    static final String PROTOCOL = "pn_dcp";
    private static final int HEADER = 10; // service id, type, xid, response delay, data length

    private static final int SERVICE_GET = 3;
    private static final int SERVICE_SET = 4;
    private static final int SERVICE_IDENTIFY = 5;
    private static final int TYPE_REQUEST = 0;
    private static final int TYPE_RESPONSE_SUCCESS = 1;

    private static final int OPTION_IP = 1;
    private static final int OPTION_DEVICE = 2;
    private static final int IP_PARAMETER = 2;
    private static final int DEVICE_TYPE_OF_STATION = 1;
    private static final int DEVICE_NAME_OF_STATION = 2;
    private static final int DEVICE_ID = 3;
    private static final int DEVICE_ROLE = 4;
    private static final int ROLE_IO_CONTROLLER = 0x02;

    private final NameTable vendors;

    DcpReader(NameTable vendors) {
        this.vendors = vendors;
    }

    void read(Packet packet, int at, Observations out) {
        out.protocol(PROTOCOL);
        ByteBuffer b = packet.buffer();
        int end = packet.end();
        if (at + HEADER > end) {
            out.malformed(PROTOCOL, "DCP header truncated");
            return;
        }
        int service = Wire.u8(b, at);
        int type = Wire.u8(b, at + 1);
        int blocksEnd = Math.min(end, at + HEADER + Wire.u16be(b, at + 8));
        boolean response = type == TYPE_RESPONSE_SUCCESS;
        if (service == SERVICE_IDENTIFY && type == TYPE_REQUEST || service == SERVICE_GET && type == TYPE_REQUEST) {
            out.role(Side.SOURCE, PROTOCOL, Role.CLIENT);
            out.activity(new Activity(PROTOCOL, ActivityType.DISCOVERY,
                    service == SERVICE_IDENTIFY ? "DCP Identify" : "DCP Get"));
            return; // an identify request's blocks name the station sought, not the sender
        }
        if (service == SERVICE_SET && type == TYPE_REQUEST) {
            out.role(Side.SOURCE, PROTOCOL, Role.ENGINEERING);
        } else if (!(service == SERVICE_IDENTIFY && response)) {
            return;
        } else {
            out.role(Side.SOURCE, PROTOCOL, Role.SERVER);
        }
        int p = at + HEADER;
        // blocks: option, suboption, length, then (in responses) block info or (in Set) qualifier
        while (p + 4 <= blocksEnd) {
            int option = Wire.u8(b, p);
            int suboption = Wire.u8(b, p + 1);
            int length = Wire.u16be(b, p + 2);
            int data = p + 4;
            if (data + length > blocksEnd) {
                out.malformed(PROTOCOL, "DCP block runs past the frame");
                return;
            }
            if (length >= 2) {
                if (response) {
                    identify(b, data + 2, length - 2, option, suboption, packet.srcMac(), out);
                } else {
                    set(b, data + 2, length - 2, option, suboption, out);
                }
            }
            p = data + length + (length & 1);
        }
    }

    private void identify(ByteBuffer b, int at, int length, int option, int suboption, long mac, Observations out) {
        if (option == OPTION_DEVICE) {
            switch (suboption) {
                case DEVICE_NAME_OF_STATION -> MacIdentity.text(out, mac, Identity.NAME, b, at, length, "");
                case DEVICE_TYPE_OF_STATION -> MacIdentity.text(out, mac, Identity.MODEL, b, at, length, "");
                case DEVICE_ID -> {
                    if (length >= 4) {
                        int vendor = Wire.u16be(b, at);
                        int device = Wire.u16be(b, at + 2);
                        String name = vendors.name(vendor);
                        if (name != null) {
                            out.identityOfMac(mac, Identity.VENDOR, name);
                        }
                        out.identityOfMac(mac, Identity.PRODUCT_CODE,
                                "PROFINET vendor " + Wire.hex(vendor, 4) + ", device " + Wire.hex(device, 4));
                    }
                }
                case DEVICE_ROLE -> {
                    if (length >= 1) {
                        role(Wire.u8(b, at), mac, out);
                    }
                }
                default -> {
                }
            }
        } else if (option == OPTION_IP && suboption == IP_PARAMETER && length >= 12) {
            out.identityOfMac(mac, Identity.DESCRIPTION, "PROFINET IP " + Wire.ipv4(b.getInt(at))
                    + " mask " + Wire.ipv4(b.getInt(at + 4)) + " gateway " + Wire.ipv4(b.getInt(at + 8)));
        }
    }

    private static void role(int role, long mac, Observations out) {
        StringBuilder text = new StringBuilder("PROFINET");
        String[] names = {"IO-Device", "IO-Controller", "IO-Multidevice", "PN-Supervisor"};
        for (int bit = 0; bit < names.length; bit++) {
            if ((role & (1 << bit)) != 0) {
                text.append(' ').append(names[bit]);
            }
        }
        out.identityOfMac(mac, Identity.DESCRIPTION, text.toString());
        if ((role & ROLE_IO_CONTROLLER) != 0) {
            out.identityOfMac(mac, Identity.DEVICE_TYPE, "PLC");
        }
    }

    /** A Set request: what it changes on the destination, as a configuration-change activity. */
    private static void set(ByteBuffer b, int at, int length, int option, int suboption, Observations out) {
        String detail;
        if (option == OPTION_IP && suboption == IP_PARAMETER && length >= 12) {
            detail = "DCP Set IP " + Wire.ipv4(b.getInt(at)) + " mask " + Wire.ipv4(b.getInt(at + 4))
                    + " gateway " + Wire.ipv4(b.getInt(at + 8));
        } else if (option == OPTION_DEVICE && suboption == DEVICE_NAME_OF_STATION) {
            detail = "DCP Set NameOfStation " + Wire.latin1(b, at, length);
        } else {
            detail = "DCP Set option " + option + "/" + suboption;
        }
        out.activity(new Activity(PROTOCOL, ActivityType.CONFIGURATION_CHANGE, detail));
    }

}
