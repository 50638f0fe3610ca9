package io.plantwatch.decode.netbios;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.MacAddress;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.dns.DnsFormatException;
import io.plantwatch.decode.dns.DnsMessage;
import io.plantwatch.decode.support.DatagramDecoder;
import io.plantwatch.decode.support.PortSet;

import java.nio.ByteBuffer;

/**
 * NetBIOS name service (UDP 137). Names are told where the packet's source owns them: a
 * registration or refresh of a name for the source's own address, a positive answer giving the
 * source's address, and node status answers (every name of the responder, and its MAC). A
 * {@code <1C>}/{@code <1B>} name marks a domain controller. Stateless and thread-safe.
 */
public final class NbnsDecoder extends DatagramDecoder {
    static final String NAME = "nbns";
    private static final long V4_MAPPED = 0xFFFF_0000_0000L;
    private static final int GROUP_FLAG = 0x8000;
    private static final String DOMAIN_CONTROLLER = "Domain Controller";

    public NbnsDecoder() {
        super(NAME, PortSet.of(137));
    }

    @Override
    protected void datagram(Packet packet, Observations out) {
        try {
            DnsMessage message = DnsMessage.read(packet.payloadBuffer(), packet.payloadOffset(), packet.payloadLength());
            for (DnsMessage.Record r : message.answers()) {
                if (r.type() == DnsMessage.TYPE_NB) {
                    ownedName(message.buffer(), r, packet, out);
                } else if (r.type() == DnsMessage.TYPE_NBSTAT && message.isResponse()) {
                    nodeStatus(message.buffer(), r, out);
                }
            }
        } catch (DnsFormatException e) {
            out.malformed(NAME, e.getMessage());
        }
    }

    /** An NB record: 6-byte entries of flags and IPv4 address; a name whose address is the source's is the source's. */
    private static void ownedName(ByteBuffer buffer, DnsMessage.Record r, Packet packet, Observations out) {
        NetbiosName name = NetbiosName.decodeLabel(r.name());
        if (name == null || packet.ipVersion() != 4) {
            return;
        }
        for (int at = r.dataOffset(); at + 6 <= r.dataOffset() + r.dataLength(); at += 6) {
            long address = V4_MAPPED | (buffer.getInt(at + 2) & 0xFFFFFFFFL);
            if (address == packet.srcIpLo()) {
                tell(name, (buffer.getShort(at) & GROUP_FLAG) != 0, Side.SOURCE, out);
                return;
            }
        }
    }

    /** Node status: a count, 18-byte entries (name, suffix, flags), then the responder's MAC. */
    private static void nodeStatus(ByteBuffer buffer, DnsMessage.Record r, Observations out) {
        int end = r.dataOffset() + r.dataLength();
        if (r.dataLength() < 1) {
            out.malformed(NAME, "empty node status");
            return;
        }
        int count = buffer.get(r.dataOffset()) & 0xFF;
        int at = r.dataOffset() + 1;
        String computer = null;
        for (int i = 0; i < count; i++, at += 18) {
            if (at + 18 > end) {
                out.malformed(NAME, "truncated node status");
                return;
            }
            NetbiosName name = NetbiosName.of(buffer, at);
            boolean group = (buffer.getShort(at + 16) & GROUP_FLAG) != 0;
            tell(name, group, Side.SOURCE, out);
            if (computer == null && !group && name.isComputerName()) {
                computer = name.name();
            }
        }
        if (computer != null && at + 6 <= end) {
            long mac = ((buffer.getShort(at) & 0xFFFFL) << 32) | (buffer.getInt(at + 2) & 0xFFFFFFFFL);
            if (MacAddress.isUnicast(mac)) {
                out.identityOfMac(mac, Identity.NAME, computer);
            }
        }
    }

    private static void tell(NetbiosName name, boolean group, Side side, Observations out) {
        if (!group && name.isComputerName()) {
            out.identity(side, Identity.NAME, name.name());
        } else if (name.isDomainControllerName()) {
            out.identity(side, Identity.DEVICE_TYPE, DOMAIN_CONTROLLER);
        }
    }
}
