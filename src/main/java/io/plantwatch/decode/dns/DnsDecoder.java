package io.plantwatch.decode.dns;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduFramer;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.PduStreams;
import io.plantwatch.decode.support.PortBound;
import io.plantwatch.decode.support.PortSet;
import io.plantwatch.decode.support.ServiceEnd;

import java.nio.ByteBuffer;

/**
 * DNS on port 53, over UDP and TCP (two-byte length prefix, reassembled as tshark does): the
 * responder is a DNS server, the asker a client; names the answers give for either end of the
 * packet (reverse lookups of the client's own address). Stateless and thread-safe; its flow
 * decoders are not.
 */
public final class DnsDecoder implements PortBound {
    static final String NAME = "dns";
    private static final int PORT = 53;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PortSet ports() {
        return PortSet.of(PORT);
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        if (packet.srcPort() != PORT && packet.dstPort() != PORT) {
            return null;
        }
        if (packet.isUdp()) {
            return new UdpFlow();
        }
        return packet.isTcp() ? new TcpFlow(ServiceEnd.of(packet, PORT)) : null;
    }

    /** DNS over UDP: one message per datagram; the flow's asked names are its own fields. */
    private static final class UdpFlow extends AskedNames implements FlowDecoder {
        @Override
        public void onPacket(Packet p, Observations out) {
            if (p.payloadLength() > 0) {
                message(p.payloadBuffer(), p.payloadOffset(), p.payloadLength(), p, out, this);
            }
        }
    }

    static void message(ByteBuffer buffer, int offset, int length, Packet packet, Observations out, AskedNames asked) {
        out.protocol(NAME);
        try {
            DnsMessage message = DnsMessage.read(buffer, offset, length);
            boolean response = message.isResponse();
            out.role(Side.SOURCE, NAME, response ? Role.SERVER : Role.CLIENT);
            out.role(Side.DESTINATION, NAME, response ? Role.CLIENT : Role.SERVER);
            if (response) {
                AnnouncedNames.report(message, packet, out, null);
            } else {
                askedName(message, out, asked);
            }
        } catch (DnsFormatException e) {
            out.malformed(NAME, e.getMessage());
        }
    }

    /**
     * The name a query asks for, as a host-name activity (indicators of compromise are matched
     * against it). Reverse lookups ({@code .arpa}) name addresses, not hosts, and a scanner makes
     * thousands: left out. One string per query; repeats are folded by the collector.
     */
    private static void askedName(DnsMessage message, Observations out, AskedNames asked) {
        int wireLength = message.plainFirstQuestionLength();
        if (wireLength > 0 && asked.knows(message, wireLength)) {
            if (asked.activity() != null) {
                out.activity(asked.activity());
            }
            return;
        }
        if (message.questions().isEmpty()) {
            return;
        }
        Activity activity = null;
        String name = AnnouncedNames.hostName(message.questions().get(0).name(), null);
        if (name != null && !name.isEmpty() && !name.regionMatches(true, Math.max(0, name.length() - 5), ".arpa", 0, 5)) {
            activity = new Activity(NAME, ActivityType.HOST_NAME, name.toLowerCase(java.util.Locale.ROOT));
            out.activity(activity);
        }
        if (wireLength > 0) {
            asked.remember(message, wireLength, activity);
        }
    }

    /** DNS over TCP: each direction cut into length-prefixed messages. */
    private static final class TcpFlow implements FlowDecoder {
        private static final PduFramer FRAMER = (buffer, offset, available) ->
                available < 2 ? PduFramer.NEED_MORE : 2 + (buffer.getShort(offset) & 0xFFFF);

        private final PduStreams streams;
        private final AskedNames asked = new AskedNames();
        private Observations out = Observations.NONE;

        TcpFlow(ServiceEnd server) {
            this.streams = new PduStreams(server, FRAMER, this::pdu);
        }

        private void pdu(ByteBuffer buffer, int offset, int length, Packet packet) {
            message(buffer, offset + 2, length - 2, packet, out, asked);
        }

        @Override
        public void onPacket(Packet packet, Observations out) {
            if (this.out != out) { // once: a store per packet into this old object dirties a GC card
                this.out = out;
            }
            streams.onSegment(packet);
        }
    }
}
