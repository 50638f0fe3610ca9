package io.plantwatch.decode.cdp;

import io.plantwatch.decode.FrameDecoder;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Layer;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.internal.MacIdentity;
import io.plantwatch.decode.internal.Wire;

import java.nio.ByteBuffer;

/**
 * Cisco Discovery Protocol (SNAP 00000c/2000): device id, port, capabilities (router → Router,
 * switch or bridge → Switch), software version, platform and addresses, told of the sending MAC.
 * The packet decoder already names the frame {@code cdp} as a link layer, so this decoder does not
 * name it again (that would count its frames twice). Stateless and thread-safe.
 */
public final class CdpDecoder implements FrameDecoder {
    static final String PROTOCOL = "cdp";
    private static final int HEADER = 4; // version, TTL, checksum

    private static final int DEVICE_ID = 0x0001;
    private static final int ADDRESSES = 0x0002;
    private static final int PORT_ID = 0x0003;
    private static final int CAPABILITIES = 0x0004;
    private static final int SOFTWARE_VERSION = 0x0005;
    private static final int PLATFORM = 0x0006;
    private static final int MANAGEMENT_ADDRESSES = 0x0016;

    private static final int CAP_ROUTER = 0x01;
    private static final int CAP_TRANSPARENT_BRIDGE = 0x02;
    private static final int CAP_SOURCE_ROUTE_BRIDGE = 0x04;
    private static final int CAP_SWITCH = 0x08;
    private static final int CAP_PHONE = 0x80;

    @Override
    public boolean decode(Packet packet, Observations out) {
        if (!packet.has(Layer.CDP)) {
            return false;
        }
        ByteBuffer b = packet.buffer();
        int at = packet.linkPayloadOffset() + HEADER;
        int end = packet.end();
        long sender = packet.srcMac();
        if (at > end) {
            out.malformed(PROTOCOL, "CDP header truncated");
            return true;
        }
        while (at + 4 <= end) {
            int type = Wire.u16be(b, at);
            int length = Wire.u16be(b, at + 2);
            if (length < 4 || at + length > end) {
                out.malformed(PROTOCOL, "CDP TLV runs past the frame");
                return true;
            }
            tlv(b, at + 4, length - 4, type, sender, out);
            at += length;
        }
        return true;
    }

    private static void tlv(ByteBuffer b, int at, int length, int type, long sender, Observations out) {
        switch (type) {
            case DEVICE_ID -> MacIdentity.text(out, sender, Identity.NAME, b, at, length, "");
            case PORT_ID -> MacIdentity.text(out, sender, Identity.DESCRIPTION, b, at, length, "CDP port ");
            case SOFTWARE_VERSION -> MacIdentity.text(out, sender, Identity.FIRMWARE, b, at, length, "");
            case PLATFORM -> MacIdentity.text(out, sender, Identity.MODEL, b, at, length, "");
            case CAPABILITIES -> {
                if (length >= 4) {
                    capabilities(b.getInt(at), sender, out);
                } else {
                    out.malformed(PROTOCOL, "short capabilities TLV");
                }
            }
            case ADDRESSES, MANAGEMENT_ADDRESSES -> addresses(b, at, length, sender, out);
            default -> {
            }
        }
    }

    private static void capabilities(int capabilities, long sender, Observations out) {
        String type = null;
        if ((capabilities & CAP_ROUTER) != 0) {
            type = "Router";
        } else if ((capabilities & (CAP_SWITCH | CAP_TRANSPARENT_BRIDGE | CAP_SOURCE_ROUTE_BRIDGE)) != 0) {
            type = "Switch";
        } else if ((capabilities & CAP_PHONE) != 0) {
            type = "IP Telephone";
        }
        if (type != null) {
            out.identityOfMac(sender, Identity.DEVICE_TYPE, type);
        }
    }

    /** A count, then per address: protocol type, protocol length, protocol, address length, address. */
    private static void addresses(ByteBuffer b, int at, int length, long sender, Observations out) {
        int end = at + length;
        if (length < 4) {
            out.malformed(PROTOCOL, "short address TLV");
            return;
        }
        long count = b.getInt(at) & 0xFFFF_FFFFL;
        int p = at + 4;
        for (long i = 0; i < count; i++) {
            if (p + 2 > end) {
                out.malformed(PROTOCOL, "CDP address runs past its TLV");
                return;
            }
            int protocolLength = Wire.u8(b, p + 1);
            int addressAt = p + 2 + protocolLength + 2;
            if (addressAt > end) {
                out.malformed(PROTOCOL, "CDP address runs past its TLV");
                return;
            }
            int addressLength = Wire.u16be(b, addressAt - 2);
            if (addressAt + addressLength > end) {
                out.malformed(PROTOCOL, "CDP address runs past its TLV");
                return;
            }
            boolean ipv4 = protocolLength == 1 && Wire.u8(b, p + 2) == 0xCC && addressLength == 4;
            if (ipv4) {
                out.identityOfMac(sender, Identity.DESCRIPTION, "management address " + Wire.ipv4(b.getInt(addressAt)));
            }
            p = addressAt + addressLength;
        }
    }

}
