package io.plantwatch.decode.lldp;

import io.plantwatch.decode.EtherType;
import io.plantwatch.decode.FrameDecoder;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.MacAddress;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.internal.MacIdentity;
import io.plantwatch.decode.internal.Wire;

import java.nio.ByteBuffer;

/**
 * LLDP (IEEE 802.1AB): system name and description, port, enabled capabilities (bridge → Switch,
 * router → Router) and management address, all told of the sending MAC. Stateless and thread-safe.
 */
public final class LldpDecoder implements FrameDecoder {
    static final String PROTOCOL = "lldp";

    private static final int END = 0;
    private static final int PORT_ID = 2;
    private static final int PORT_DESCRIPTION = 4;
    private static final int SYSTEM_NAME = 5;
    private static final int SYSTEM_DESCRIPTION = 6;
    private static final int CAPABILITIES = 7;
    private static final int MANAGEMENT_ADDRESS = 8;

    private static final int PORT_SUBTYPE_MAC = 3;
    private static final int PORT_SUBTYPE_NETWORK_ADDRESS = 4;
    private static final int BRIDGE = 0x04;
    private static final int ACCESS_POINT = 0x08;
    private static final int ROUTER = 0x10;
    private static final int TELEPHONE = 0x20;

    @Override
    public boolean decode(Packet packet, Observations out) {
        if (packet.etherType() != EtherType.LLDP) {
            return false;
        }
        out.protocol(PROTOCOL);
        ByteBuffer b = packet.buffer();
        int at = packet.linkPayloadOffset();
        int end = packet.end();
        long sender = packet.srcMac();
        while (true) {
            if (at + 2 > end) {
                out.malformed(PROTOCOL, "LLDPDU ends without End TLV");
                return true;
            }
            int header = Wire.u16be(b, at);
            int type = header >>> 9;
            int length = header & 0x1FF;
            at += 2;
            if (type == END) {
                return true;
            }
            if (at + length > end) {
                out.malformed(PROTOCOL, "LLDP TLV runs past the frame");
                return true;
            }
            tlv(b, at, type, length, sender, out);
            at += length;
        }
    }

    private static void tlv(ByteBuffer b, int at, int type, int length, long sender, Observations out) {
        switch (type) {
            case SYSTEM_NAME -> MacIdentity.text(out, sender, Identity.NAME, b, at, length, "");
            case SYSTEM_DESCRIPTION -> MacIdentity.text(out, sender, Identity.DESCRIPTION, b, at, length, "");
            case PORT_DESCRIPTION -> MacIdentity.text(out, sender, Identity.DESCRIPTION, b, at, length, "LLDP port description ");
            case PORT_ID -> portId(b, at, length, sender, out);
            case CAPABILITIES -> {
                if (length >= 4) {
                    capabilities(Wire.u16be(b, at + 2), sender, out);
                } else {
                    out.malformed(PROTOCOL, "short capabilities TLV");
                }
            }
            case MANAGEMENT_ADDRESS -> managementAddress(b, at, length, sender, out);
            default -> {
            }
        }
    }

    private static void portId(ByteBuffer b, int at, int length, long sender, Observations out) {
        if (length < 2) {
            out.malformed(PROTOCOL, "short port id TLV");
            return;
        }
        int subtype = Wire.u8(b, at);
        String id;
        if (subtype == PORT_SUBTYPE_MAC && length == 7) {
            id = MacAddress.toString(b.getLong(at - 1) & 0xFFFF_FFFF_FFFFL);
        } else if (subtype == PORT_SUBTYPE_NETWORK_ADDRESS) {
            return;
        } else {
            id = Wire.latin1(b, at + 1, length - 1);
        }
        if (Wire.printable(id)) {
            out.identityOfMac(sender, Identity.DESCRIPTION, "LLDP port " + id);
        }
    }

    /** Enabled capabilities; a device that routes is a router first, then a bridge is a switch. */
    static void capabilities(int enabled, long sender, Observations out) {
        String type = null;
        if ((enabled & ROUTER) != 0) {
            type = "Router";
        } else if ((enabled & BRIDGE) != 0) {
            type = "Switch";
        } else if ((enabled & ACCESS_POINT) != 0) {
            type = "Wireless Access Point";
        } else if ((enabled & TELEPHONE) != 0) {
            type = "IP Telephone";
        }
        if (type != null) {
            out.identityOfMac(sender, Identity.DEVICE_TYPE, type);
        }
    }

    /** Address string length (subtype + address), subtype (1 IPv4), address, interface, OID. */
    private static void managementAddress(ByteBuffer b, int at, int length, long sender, Observations out) {
        if (length < 2 || Wire.u8(b, at) + 1 > length) {
            out.malformed(PROTOCOL, "management address runs past its TLV");
            return;
        }
        if (Wire.u8(b, at) == 5 && Wire.u8(b, at + 1) == 1) {
            out.identityOfMac(sender, Identity.DESCRIPTION, "management address " + Wire.ipv4(b.getInt(at + 2)));
        }
    }

}
