package io.plantwatch.decode.dns;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.Ascii;
import io.plantwatch.decode.support.DatagramDecoder;
import io.plantwatch.decode.support.PortSet;

import java.nio.ByteBuffer;

/**
 * Multicast DNS (UDP 5353). Responders announce their own records: the host name of their own
 * address, the services they offer (a printer's {@code _ipp._tcp}, a camera's {@code _axis-video._tcp}:
 * device type via {@link MdnsServices}) and model strings in TXT records ({@code model=} of
 * {@code _device-info._tcp}, {@code ty=} of printers). Stateless and thread-safe.
 */
public final class MdnsDecoder extends DatagramDecoder {
    static final String NAME = "mdns";
    private static final String LOCAL = ".local";

    private final MdnsServices services;

    public MdnsDecoder(MdnsServices services) {
        super(NAME, PortSet.of(5353));
        this.services = services;
    }

    @Override
    protected void datagram(Packet packet, Observations out) {
        try {
            DnsMessage message = DnsMessage.read(packet.payloadBuffer(), packet.payloadOffset(), packet.payloadLength());
            if (!message.isResponse()) {
                return; // questions name what the asker looks for, not the asker
            }
            AnnouncedNames.report(message, packet, out, LOCAL);
            for (DnsMessage.Record r : message.answers()) {
                if (r.type() == DnsMessage.TYPE_PTR) {
                    String type = services.deviceTypeOf(r.name());
                    if (type != null) {
                        out.identity(Side.SOURCE, Identity.DEVICE_TYPE, type);
                    }
                } else if (r.type() == DnsMessage.TYPE_TXT) {
                    model(message.buffer(), r, out);
                }
            }
        } catch (DnsFormatException e) {
            out.malformed(NAME, e.getMessage());
        }
    }

    /** TXT strings are length-prefixed {@code key=value} pairs. */
    private static void model(ByteBuffer buffer, DnsMessage.Record r, Observations out) {
        int at = r.dataOffset();
        int end = at + r.dataLength();
        boolean deviceInfo = r.name().toLowerCase().contains("._device-info._tcp");
        while (at < end) {
            int length = buffer.get(at) & 0xFF;
            if (at + 1 + length > end) {
                return;
            }
            String entry = Ascii.text(buffer, at + 1, length, Ascii.MAX_TEXT);
            if (entry != null) {
                if (deviceInfo && entry.startsWith("model=")) {
                    out.identity(Side.SOURCE, Identity.MODEL, entry.substring(6));
                } else if (entry.startsWith("ty=")) {
                    out.identity(Side.SOURCE, Identity.MODEL, entry.substring(3));
                }
            }
            at += 1 + length;
        }
    }
}
