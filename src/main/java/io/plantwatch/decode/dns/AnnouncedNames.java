package io.plantwatch.decode.dns;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.Ascii;

/**
 * Host names a DNS-format message states about the ends of its own packet: an A or AAAA record
 * whose address is the packet's source or destination names that end (mDNS and LLMNR responders
 * answer with their own address; a DNS reverse lookup answers with the client's own name).
 * Records about third hosts are left out: an observation can only name an end of the packet.
 * Thread-safe (no state).
 */
final class AnnouncedNames {
    private static final long V4_MAPPED = 0xFFFF_0000_0000L;

    private AnnouncedNames() {
    }

    /** Reports every A/AAAA record naming an end of the packet; {@code suffix} is cut from names (".local"). */
    static void report(DnsMessage message, Packet packet, Observations out, String suffix) throws DnsFormatException {
        for (DnsMessage.Record r : message.answers()) {
            Side side = null;
            if (r.type() == DnsMessage.TYPE_A && packet.ipVersion() == 4 && r.dataLength() == 4) {
                long mapped = V4_MAPPED | (message.ipv4(r) & 0xFFFFFFFFL);
                side = mapped == packet.srcIpLo() ? Side.SOURCE : mapped == packet.dstIpLo() ? Side.DESTINATION : null;
            } else if (r.type() == DnsMessage.TYPE_AAAA && packet.ipVersion() == 6 && r.dataLength() == 16) {
                long hi = message.buffer().getLong(r.dataOffset());
                long lo = message.buffer().getLong(r.dataOffset() + 8);
                side = hi == packet.srcIpHi() && lo == packet.srcIpLo() ? Side.SOURCE
                        : hi == packet.dstIpHi() && lo == packet.dstIpLo() ? Side.DESTINATION : null;
            }
            if (side != null) {
                String name = hostName(r.name(), suffix);
                if (name != null) {
                    out.identity(side, Identity.NAME, name);
                }
            }
        }
    }

    /** The name without a trailing dot and without {@code suffix}; null when nothing is left. */
    static String hostName(String name, String suffix) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (suffix != null && n.regionMatches(true, n.length() - suffix.length(), suffix, 0, suffix.length())) {
            n = n.substring(0, n.length() - suffix.length());
        }
        return Ascii.clean(n, Ascii.MAX_TEXT);
    }
}
