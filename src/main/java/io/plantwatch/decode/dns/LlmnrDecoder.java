package io.plantwatch.decode.dns;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.ProtocolDecoder;

/**
 * Link-Local Multicast Name Resolution (UDP 5355, Windows): a responder answers with its own
 * address, which names it. Stateless and thread-safe.
 */
public final class LlmnrDecoder implements ProtocolDecoder {
    static final String NAME = "llmnr";
    private static final int PORT = 5355;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        if (!packet.isUdp() || (packet.srcPort() != PORT && packet.dstPort() != PORT)) {
            return null;
        }
        return LlmnrDecoder::onPacket;
    }

    private static void onPacket(Packet packet, Observations out) {
        if (packet.payloadLength() == 0) {
            return;
        }
        out.protocol(NAME);
        try {
            DnsMessage message = DnsMessage.read(packet.payloadBuffer(), packet.payloadOffset(), packet.payloadLength());
            if (message.isResponse()) {
                AnnouncedNames.report(message, packet, out, null);
            }
        } catch (DnsFormatException e) {
            out.malformed(NAME, e.getMessage());
        }
    }
}
