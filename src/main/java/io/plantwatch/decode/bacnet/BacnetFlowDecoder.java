package io.plantwatch.decode.bacnet;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.internal.Cursor;

/**
 * BACnet/IP on one UDP flow: the BVLC header (Annex J), the NPDU (clause 6) and, unless it is a
 * network-layer message, the APDU. One datagram is one message. Not thread-safe.
 */
final class BacnetFlowDecoder implements FlowDecoder {
    static final String BVLC = "bvlc";
    static final String NPDU = "bacnet";

    private static final int BVLC_TYPE_IP = 0x81;
    private static final int FORWARDED_NPDU = 0x04;
    private static final int DISTRIBUTE_BROADCAST = 0x09;
    private static final int ORIGINAL_UNICAST = 0x0A;
    private static final int ORIGINAL_BROADCAST = 0x0B;

    private static final int NETWORK_MESSAGE = 0x80;
    private static final int HAS_DESTINATION = 0x20;
    private static final int HAS_SOURCE = 0x08;

    private final ApduReader apdu;
    private final Cursor cursor = new Cursor();

    BacnetFlowDecoder(BacnetTables tables) {
        this.apdu = new ApduReader(tables);
    }

    @Override
    public void onPacket(Packet packet, Observations out) {
        int length = packet.payloadLength();
        if (length == 0) {
            return;
        }
        Cursor c = cursor.reset(packet.payloadBuffer(), packet.payloadOffset(), length);
        if (c.peekU8() != BVLC_TYPE_IP) {
            return; // not BACnet/IP (Wireshark leaves such datagrams as data)
        }
        out.protocol(BVLC);
        String layer = BVLC;
        try {
            c.skip(1);
            int function = c.u8();
            int bvlcLength = c.u16be();
            if (bvlcLength < 4) {
                out.malformed(BVLC, "BVLC length below its header");
                return;
            }
            if (function == FORWARDED_NPDU) {
                c.skip(6); // original source B/IP address
            } else if (function != DISTRIBUTE_BROADCAST && function != ORIGINAL_UNICAST
                    && function != ORIGINAL_BROADCAST) {
                return; // BVLL management messages carry no NPDU
            }
            layer = NPDU;
            out.protocol(NPDU);
            c.skip(1); // version
            int control = c.u8();
            if ((control & HAS_DESTINATION) != 0) {
                c.skip(2);
                c.skip(c.u8());
            }
            boolean routed = false;
            if ((control & HAS_SOURCE) != 0) {
                c.skip(2);
                c.skip(c.u8());
                routed = true;
            }
            if ((control & HAS_DESTINATION) != 0) {
                c.skip(1); // hop count
            }
            if ((control & NETWORK_MESSAGE) != 0) {
                return;
            }
            layer = ApduReader.PROTOCOL;
            apdu.apdu(c, routed, out);
        } catch (Cursor.Truncated e) {
            out.malformed(layer, "BACnet message truncated");
        }
    }
}
