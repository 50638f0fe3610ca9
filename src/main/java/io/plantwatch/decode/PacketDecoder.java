package io.plantwatch.decode;

import io.plantwatch.capture.Frame;
import io.plantwatch.capture.LinkType;

import java.nio.ByteBuffer;

/**
 * Decodes link, network and transport headers of a frame into a reused {@link Packet}.
 *
 * <p>This is the capture fast path: absolute reads on the frame's buffer, no allocation except for
 * IP fragments. Every length is checked against the captured bytes; a header that does not fit
 * marks the packet {@link Packet#malformed()} and decoding stops at that layer, keeping what was
 * read before. Not thread-safe (one per pipeline).
 */
public final class PacketDecoder {
    private static final int MAX_VLAN_TAGS = 8;
    private static final int MAX_MPLS_LABELS = 16;
    private static final int MAX_IPV6_EXTENSIONS = 16;

    private final Packet packet = new Packet();
    private final FragmentReassembler fragments = new FragmentReassembler();

    /** Decodes a frame; the returned packet is reused by the next call. */
    public Packet decode(Frame frame) {
        Packet p = packet;
        p.reset(frame);
        int at = frame.offset();
        switch (frame.linkType()) {
            case LinkType.ETHERNET -> ethernet(p, at);
            case LinkType.LINUX_SLL -> linuxCooked(p, at);
            case LinkType.LINUX_SLL2 -> linuxCooked2(p, at);
            case LinkType.NULL, LinkType.LOOP -> loopback(p, at, frame.linkType() == LinkType.LOOP);
            case LinkType.RAW, 12, 14 -> {
                p.layers |= Layer.RAW.bit();
                rawIp(p, at);
            }
            case LinkType.IPV4 -> ipv4(p, at);
            case LinkType.IPV6 -> ipv6(p, at);
            default -> {
                // unsupported link type: counted, not decoded
            }
        }
        return p;
    }

    private static boolean fits(Packet p, int at, int length) {
        return at >= 0 && length >= 0 && at + length <= p.end;
    }

    private static void malformed(Packet p, String reason) {
        if (p.malformed == null && !p.truncated) {
            p.malformed = reason;
        }
    }

    private static long mac(ByteBuffer b, int at) {
        return ((long) (b.getShort(at) & 0xFFFF) << 32) | (b.getInt(at + 2) & 0xFFFFFFFFL);
    }

    // ---- link layer -------------------------------------------------------------------------

    private void ethernet(Packet p, int at) {
        ByteBuffer b = p.buffer;
        if (!fits(p, at, 14)) {
            malformed(p, "Ethernet header truncated");
            return;
        }
        p.layers |= Layer.ETH.bit();
        p.dstMac = mac(b, at);
        p.srcMac = mac(b, at + 6);
        int type = b.getShort(at + 12) & 0xFFFF;
        if (type <= 1500) {
            llc(p, at + 14, Math.min(p.end, at + 14 + type));
            return;
        }
        p.layers |= Layer.ETHERTYPE.bit();
        etherType(p, type, at + 14);
    }

    /** 802.2 LLC, with SNAP: the payload of 802.3 frames (STP, CDP, DTP, SNAP-encapsulated IP). */
    private void llc(Packet p, int at, int end) {
        ByteBuffer b = p.buffer;
        if (!fits(p, at, 3)) {
            malformed(p, "LLC header truncated");
            return;
        }
        p.layers |= Layer.LLC.bit();
        int dsap = b.get(at) & 0xFF;
        p.llcSap = dsap;
        p.etherType = EtherType.LLC;
        int control = b.get(at + 2) & 0xFF;
        int header = (control & 0x03) == 0x03 ? 3 : 4;
        p.linkPayloadOffset = at + header;
        if (dsap == 0x42) {
            p.layers |= Layer.STP.bit();
        } else if (dsap == 0xAA && fits(p, at, 8)) {
            int oui = (b.getShort(at + 3) & 0xFFFF) << 8 | (b.get(at + 5) & 0xFF);
            int protocol = b.getShort(at + 6) & 0xFFFF;
            p.snapProtocol = oui << 16 | protocol;
            p.linkPayloadOffset = at + 8;
            if (oui == 0x00000C) {
                if (protocol == 0x2000) {
                    p.layers |= Layer.CDP.bit();
                } else if (protocol == 0x2004) {
                    p.layers |= Layer.DTP.bit();
                }
            } else if (oui == 0) {
                etherType(p, protocol, at + 8);
            }
        }
    }

    private void etherType(Packet p, int type, int at) {
        ByteBuffer b = p.buffer;
        for (int tags = 0; ; tags++) {
            if (type == EtherType.VLAN || type == EtherType.QINQ || type == EtherType.QINQ_OLD) {
                if (tags == MAX_VLAN_TAGS || !fits(p, at, 4)) {
                    malformed(p, "VLAN tag truncated");
                    return;
                }
                p.layers |= Layer.VLAN.bit() | Layer.ETHERTYPE.bit();
                if (p.vlanId < 0) {
                    p.vlanId = b.getShort(at) & 0x0FFF;
                }
                type = b.getShort(at + 2) & 0xFFFF;
                at += 4;
            } else {
                break;
            }
        }
        p.etherType = type;
        p.linkPayloadOffset = at;
        switch (type) {
            case EtherType.IPV4 -> ipv4(p, at);
            case EtherType.IPV6 -> ipv6(p, at);
            case EtherType.ARP -> arp(p, at);
            case EtherType.MPLS, EtherType.MPLS_MULTICAST -> mpls(p, at);
            case EtherType.PPPOE_SESSION -> pppoe(p, at);
            default -> {
                // LLDP, Profinet and others are for the frame decoders
            }
        }
    }

    private void mpls(Packet p, int at) {
        ByteBuffer b = p.buffer;
        p.layers |= Layer.MPLS.bit();
        for (int labels = 0; labels < MAX_MPLS_LABELS; labels++) {
            if (!fits(p, at, 4)) {
                malformed(p, "MPLS label truncated");
                return;
            }
            boolean bottom = (b.get(at + 2) & 0x01) != 0;
            at += 4;
            if (bottom) {
                if (!fits(p, at, 1)) {
                    return;
                }
                int nibble = (b.get(at) & 0xF0) >>> 4;
                if (nibble == 4) {
                    p.etherType = EtherType.IPV4;
                    p.linkPayloadOffset = at;
                    ipv4(p, at);
                } else if (nibble == 6) {
                    p.etherType = EtherType.IPV6;
                    p.linkPayloadOffset = at;
                    ipv6(p, at);
                }
                return;
            }
        }
        malformed(p, "MPLS label stack too deep");
    }

    private void pppoe(Packet p, int at) {
        ByteBuffer b = p.buffer;
        if (!fits(p, at, 8)) {
            malformed(p, "PPPoE header truncated");
            return;
        }
        p.layers |= Layer.PPPOES.bit() | Layer.PPP.bit();
        int protocol = b.getShort(at + 6) & 0xFFFF;
        if (protocol == 0x0021) {
            ipv4(p, at + 8);
        } else if (protocol == 0x0057) {
            ipv6(p, at + 8);
        }
    }

    /** Linux cooked capture v1: 16-byte header; the source address is a MAC when it is 6 bytes. */
    private void linuxCooked(Packet p, int at) {
        ByteBuffer b = p.buffer;
        if (!fits(p, at, 16)) {
            malformed(p, "Linux cooked header truncated");
            return;
        }
        p.layers |= Layer.SLL.bit();
        int hardware = b.getShort(at + 2) & 0xFFFF;
        int addressLength = b.getShort(at + 4) & 0xFFFF;
        if (addressLength == 6 && isEthernetLike(hardware)) {
            p.srcMac = mac(b, at + 6);
        }
        cookedPayload(p, b.getShort(at + 14) & 0xFFFF, at + 16);
    }

    /** Linux cooked capture v2: 20-byte header, protocol first. */
    private void linuxCooked2(Packet p, int at) {
        ByteBuffer b = p.buffer;
        if (!fits(p, at, 20)) {
            malformed(p, "Linux cooked v2 header truncated");
            return;
        }
        p.layers |= Layer.SLL.bit();
        int hardware = b.getShort(at + 8) & 0xFFFF;
        int addressLength = b.get(at + 11) & 0xFF;
        if (addressLength == 6 && isEthernetLike(hardware)) {
            p.srcMac = mac(b, at + 12);
        }
        cookedPayload(p, b.getShort(at) & 0xFFFF, at + 20);
    }

    private static boolean isEthernetLike(int arpHardware) {
        return arpHardware == 1 || arpHardware == 772; // ARPHRD_ETHER, ARPHRD_LOOPBACK
    }

    private void cookedPayload(Packet p, int protocol, int at) {
        if (protocol == 0x0004) {
            llc(p, at, p.end); // 802.2 frames
        } else if (protocol > 1500) {
            p.layers |= Layer.ETHERTYPE.bit();
            etherType(p, protocol, at);
        }
    }

    /** BSD loopback: a 4-byte address family, host order for NULL, network order for LOOP. */
    private void loopback(Packet p, int at, boolean networkOrder) {
        ByteBuffer b = p.buffer;
        if (!fits(p, at, 4)) {
            malformed(p, "loopback header truncated");
            return;
        }
        p.layers |= Layer.NULL.bit();
        int family = b.getInt(at);
        if (!networkOrder && (family & 0xFFFF0000) != 0) {
            family = Integer.reverseBytes(family);
        }
        switch (family) {
            case 2 -> ipv4(p, at + 4);
            case 10, 24, 28, 30 -> ipv6(p, at + 4);
            default -> rawIp(p, at + 4);
        }
    }

    private void rawIp(Packet p, int at) {
        if (!fits(p, at, 1)) {
            malformed(p, "IP header missing");
            return;
        }
        int version = (p.buffer.get(at) & 0xF0) >>> 4;
        if (version == 4) {
            ipv4(p, at);
        } else if (version == 6) {
            ipv6(p, at);
        }
    }

    private void arp(Packet p, int at) {
        if (!fits(p, at, 8)) {
            malformed(p, "ARP header truncated");
            return;
        }
        p.layers |= Layer.ARP.bit();
        ByteBuffer b = p.buffer;
        int hardwareLength = b.get(at + 4) & 0xFF;
        int protocolLength = b.get(at + 5) & 0xFF;
        if (!fits(p, at, 8 + 2 * (hardwareLength + protocolLength))) {
            malformed(p, "ARP addresses truncated");
            return;
        }
        int hardware = b.getShort(at) & 0xFFFF;
        int protocol = b.getShort(at + 2) & 0xFFFF;
        if (hardware == 1 && protocol == EtherType.IPV4 && hardwareLength == 6 && protocolLength == 4) {
            p.arpOperation = b.getShort(at + 6) & 0xFFFF;
            p.arpSenderMac = mac(b, at + 8);
            p.arpSenderIp = b.getInt(at + 14);
            p.arpTargetMac = mac(b, at + 18);
            p.arpTargetIp = b.getInt(at + 24);
        }
    }

    // ---- network layer ----------------------------------------------------------------------

    private void ipv4(Packet p, int at) {
        ByteBuffer b = p.buffer;
        if (!fits(p, at, 20)) {
            malformed(p, "IPv4 header truncated");
            return;
        }
        int versionAndLength = b.get(at) & 0xFF;
        int headerLength = (versionAndLength & 0x0F) * 4;
        if (versionAndLength >>> 4 != 4 || headerLength < 20) {
            malformed(p, "bad IPv4 version or header length");
            return;
        }
        if (!fits(p, at, headerLength)) {
            malformed(p, "IPv4 options truncated");
            return;
        }
        int totalLength = b.getShort(at + 2) & 0xFFFF;
        int end;
        if (totalLength == 0) {
            end = p.end; // TCP segmentation offload: the length was left for the NIC to fill
        } else if (totalLength < headerLength) {
            malformed(p, "IPv4 total length smaller than its header");
            return;
        } else {
            end = Math.min(p.end, at + totalLength);
            if (at + totalLength > p.end && !p.truncated) {
                malformed(p, "IPv4 total length beyond the frame");
            }
        }
        p.layers |= Layer.IP.bit();
        p.ipVersion = 4;
        p.ipOffset = at;
        p.ttl = b.get(at + 8) & 0xFF;
        p.ipProtocol = b.get(at + 9) & 0xFF;
        p.srcHi = 0;
        p.dstHi = 0;
        p.srcLo = 0xFFFF_0000_0000L | (b.getInt(at + 12) & 0xFFFFFFFFL);
        p.dstLo = 0xFFFF_0000_0000L | (b.getInt(at + 16) & 0xFFFFFFFFL);
        int flagsAndOffset = b.getShort(at + 6) & 0xFFFF;
        boolean more = (flagsAndOffset & 0x2000) != 0;
        int fragmentOffset = (flagsAndOffset & 0x1FFF) * 8;
        int payload = at + headerLength;
        if (more || fragmentOffset != 0) {
            int id = b.getShort(at + 4) & 0xFFFF;
            fragment(p, id, fragmentOffset, more, payload, end - payload);
            return;
        }
        transport(p, b, payload, end);
    }

    private void ipv6(Packet p, int at) {
        ByteBuffer b = p.buffer;
        if (!fits(p, at, 40)) {
            malformed(p, "IPv6 header truncated");
            return;
        }
        if ((b.get(at) & 0xF0) != 0x60) {
            malformed(p, "bad IPv6 version");
            return;
        }
        p.layers |= Layer.IPV6.bit();
        p.ipVersion = 6;
        p.ipOffset = at;
        p.ttl = b.get(at + 7) & 0xFF;
        p.srcHi = b.getLong(at + 8);
        p.srcLo = b.getLong(at + 16);
        p.dstHi = b.getLong(at + 24);
        p.dstLo = b.getLong(at + 32);
        int payloadLength = b.getShort(at + 4) & 0xFFFF;
        int end = payloadLength == 0 ? p.end : Math.min(p.end, at + 40 + payloadLength);
        if (payloadLength != 0 && at + 40 + payloadLength > p.end && !p.truncated) {
            malformed(p, "IPv6 payload length beyond the frame");
        }
        int next = b.get(at + 6) & 0xFF;
        int cursor = at + 40;
        for (int i = 0; i < MAX_IPV6_EXTENSIONS; i++) {
            switch (next) {
                case 0, 43, 60, 135, 139, 140 -> { // hop-by-hop, routing, destination, mobility, HIP, shim6
                    if (!fits(p, cursor, 8) || cursor + 8 > end) {
                        malformed(p, "IPv6 extension header truncated");
                        return;
                    }
                    int length = ((b.get(cursor + 1) & 0xFF) + 1) * 8;
                    next = b.get(cursor) & 0xFF;
                    cursor += length;
                }
                case 51 -> { // authentication header
                    if (!fits(p, cursor, 8) || cursor + 8 > end) {
                        malformed(p, "IPv6 authentication header truncated");
                        return;
                    }
                    int length = ((b.get(cursor + 1) & 0xFF) + 2) * 4;
                    next = b.get(cursor) & 0xFF;
                    cursor += length;
                }
                case 44 -> {
                    if (!fits(p, cursor, 8) || cursor + 8 > end) {
                        malformed(p, "IPv6 fragment header truncated");
                        return;
                    }
                    int offsetAndFlags = b.getShort(cursor + 2) & 0xFFFF;
                    long id = b.getInt(cursor + 4) & 0xFFFFFFFFL;
                    p.ipProtocol = b.get(cursor) & 0xFF;
                    boolean more = (offsetAndFlags & 1) != 0;
                    int offset = offsetAndFlags & 0xFFF8;
                    if (more || offset != 0) {
                        fragment(p, id, offset, more, cursor + 8, end - cursor - 8);
                        return;
                    }
                    next = p.ipProtocol;
                    cursor += 8;
                }
                default -> {
                    p.ipProtocol = next;
                    if (cursor > end) {
                        malformed(p, "IPv6 extension headers beyond the payload");
                        return;
                    }
                    transport(p, b, cursor, end);
                    return;
                }
            }
        }
        malformed(p, "too many IPv6 extension headers");
    }

    private void fragment(Packet p, long id, int offset, boolean more, int from, int length) {
        if (length < 0 || !fits(p, from, length)) {
            malformed(p, "IP fragment truncated");
            p.fragment = true;
            return;
        }
        ByteBuffer whole = fragments.add(p, id, offset, more, from, length);
        if (whole == null) {
            p.fragment = true;
            return;
        }
        transport(p, whole, 0, whole.limit());
    }

    // ---- transport layer --------------------------------------------------------------------

    private void transport(Packet p, ByteBuffer b, int at, int end) {
        int available = end - at;
        switch (p.ipProtocol) {
            case IpProtocol.TCP -> {
                if (available < 20) {
                    malformed(p, "TCP header truncated");
                    return;
                }
                int headerLength = ((b.get(at + 12) & 0xF0) >>> 4) * 4;
                if (headerLength < 20) {
                    malformed(p, "bad TCP header length");
                    return;
                }
                p.layers |= Layer.TCP.bit();
                p.srcPort = b.getShort(at) & 0xFFFF;
                p.dstPort = b.getShort(at + 2) & 0xFFFF;
                p.tcpSeq = b.getInt(at + 4) & 0xFFFFFFFFL;
                p.tcpAck = b.getInt(at + 8) & 0xFFFFFFFFL;
                p.tcpFlags = b.get(at + 13) & 0xFF;
                p.tcpWindow = b.getShort(at + 14) & 0xFFFF;
                if (headerLength > available) {
                    malformed(p, "TCP options truncated");
                    return;
                }
                payload(p, b, at + headerLength, end);
            }
            case IpProtocol.UDP -> {
                if (available < 8) {
                    malformed(p, "UDP header truncated");
                    return;
                }
                p.layers |= Layer.UDP.bit();
                p.srcPort = b.getShort(at) & 0xFFFF;
                p.dstPort = b.getShort(at + 2) & 0xFFFF;
                int length = b.getShort(at + 4) & 0xFFFF;
                int datagramEnd = end;
                if (length >= 8 && at + length <= end) {
                    datagramEnd = at + length;
                } else if (length < 8 && length != 0) {
                    malformed(p, "bad UDP length");
                }
                payload(p, b, at + 8, datagramEnd);
            }
            case IpProtocol.ICMP, IpProtocol.ICMPV6 -> {
                p.layers |= p.ipProtocol == IpProtocol.ICMP ? Layer.ICMP.bit() : Layer.ICMPV6.bit();
                if (available < 4) {
                    malformed(p, "ICMP header truncated");
                    return;
                }
                p.icmpType = b.get(at) & 0xFF;
                p.icmpCode = b.get(at + 1) & 0xFF;
                payload(p, b, at + 4, end);
            }
            case IpProtocol.IGMP -> p.layers |= Layer.IGMP.bit();
            case IpProtocol.GRE -> p.layers |= Layer.GRE.bit();
            case IpProtocol.SCTP -> p.layers |= Layer.SCTP.bit();
            default -> {
                // other IP protocols: counted by number
            }
        }
    }

    private static void payload(Packet p, ByteBuffer b, int at, int end) {
        p.payloadBuffer = b;
        p.payloadOffset = at;
        p.payloadLength = Math.max(0, end - at);
    }
}
