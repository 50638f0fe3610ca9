package io.plantwatch.decode.enip;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.internal.Wire;

import java.nio.ByteBuffer;

/**
 * CIP implicit (I/O) messaging on UDP 2222: a common packet format without encapsulation header,
 * which Wireshark shows as {@code cipio} and counts no service in. Keeps no state;
 * one instance per flow. Not thread-safe.
 */
final class CipIoFlowDecoder implements FlowDecoder {
    static final String PROTOCOL = "cipio";

    @Override
    public void onPacket(Packet packet, Observations out) {
        int length = packet.payloadLength();
        if (length == 0) {
            return;
        }
        ByteBuffer b = packet.payloadBuffer();
        int at = packet.payloadOffset();
        int end = at + length;
        out.protocol(PROTOCOL);
        if (length < 2) {
            out.malformed(PROTOCOL, "I/O datagram without item count");
            return;
        }
        int count = Wire.u16le(b, at);
        at += 2;
        for (int i = 0; i < count; i++) {
            if (at + 4 > end) {
                out.malformed(PROTOCOL, "I/O item header truncated");
                return;
            }
            at += 4 + Wire.u16le(b, at + 2);
            if (at > end) {
                out.malformed(PROTOCOL, "I/O item runs past the datagram");
                return;
            }
        }
    }
}
