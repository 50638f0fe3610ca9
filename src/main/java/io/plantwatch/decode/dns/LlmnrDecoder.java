package io.plantwatch.decode.dns;

import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.support.DatagramDecoder;
import io.plantwatch.decode.support.PortSet;

/**
 * Link-Local Multicast Name Resolution (UDP 5355, Windows): a responder answers with its own
 * address, which names it. Stateless and thread-safe.
 */
public final class LlmnrDecoder extends DatagramDecoder {
    static final String NAME = "llmnr";

    public LlmnrDecoder() {
        super(NAME, PortSet.of(5355));
    }

    @Override
    protected void datagram(Packet packet, Observations out) {
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
