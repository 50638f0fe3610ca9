package io.plantwatch.decode.dhcp;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.MacAddress;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.Ascii;
import io.plantwatch.decode.support.DatagramDecoder;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.decode.support.PortSet;

import java.nio.ByteBuffer;

/**
 * DHCP and BOOTP (UDP 67, 68, 4011). What a client says about itself is filed under its hardware
 * address (chaddr), since it often has no IP yet: host name (option 12, or the FQDN of option 81),
 * vendor class (60) and parameter request list (55) as OS hints ({@link DhcpFingerprints}), and
 * the address an ACK assigns. The sender of OFFER/ACK is a DHCP server. Stateless and thread-safe.
 */
public final class DhcpDecoder extends DatagramDecoder {
    static final String NAME = "dhcp";
    private static final int FIXED = 236;
    private static final int MAGIC = 0x63825363;
    private static final String[] TYPES = {null, "Discover", "Offer", "Request", "Decline", "ACK", "NAK", "Release",
        "Inform"};
    private static final int OFFER = 2;
    private static final int ACK = 5;

    private final OsHints osHints;
    private final DhcpFingerprints fingerprints;

    public DhcpDecoder(OsHints osHints, DhcpFingerprints fingerprints) {
        super(NAME, PortSet.of(67, 68, 4011));
        this.osHints = osHints;
        this.fingerprints = fingerprints;
    }

    @Override
    protected void datagram(Packet packet, Observations out) {
        int length = packet.payloadLength();
        ByteBuffer buffer = packet.payloadBuffer();
        int offset = packet.payloadOffset();
        if (length < FIXED) {
            out.malformed(NAME, "shorter than the BOOTP header");
            return;
        }
        int op = buffer.get(offset) & 0xFF;
        int htype = buffer.get(offset + 1) & 0xFF;
        int hlen = buffer.get(offset + 2) & 0xFF;
        long mac = htype == 1 && hlen == 6
                ? ((buffer.getShort(offset + 28) & 0xFFFFL) << 32) | (buffer.getInt(offset + 30) & 0xFFFFFFFFL)
                : MacAddress.NONE;
        int yiaddr = buffer.getInt(offset + 16);
        DhcpOptions options = length >= FIXED + 4 && buffer.getInt(offset + FIXED) == MAGIC
                ? DhcpOptions.read(buffer, offset + FIXED + 4, offset + length) : DhcpOptions.NONE;
        if (options.truncated()) {
            out.malformed(NAME, "option runs past the message");
        }
        int type = options.messageType();
        if (type > 0 && type < TYPES.length) {
            out.command(NAME, TYPES[type]);
        }
        boolean fromServer = op == 2;
        if (fromServer) {
            out.role(Side.SOURCE, NAME, Role.SERVER);
            if (type == ACK && yiaddr != 0 && MacAddress.isUnicast(mac)) {
                out.identityOfMac(mac, Identity.DHCP_ADDRESS, ipv4(yiaddr));
            }
            return;
        }
        if (packet.srcIpLo() != 0xFFFF_0000_0000L) { // a client without an address yet is no one to tell
            out.role(Side.SOURCE, NAME, Role.CLIENT);
        }
        if (!MacAddress.isUnicast(mac)) {
            return;
        }
        String host = options.hostName() != null ? options.hostName() : options.fqdn();
        out.identityOfMac(mac, Identity.NAME, host);
        String vendorClass = options.vendorClass();
        String os = osHints.osOf(vendorClass);
        String fingerprintOs = fingerprints.osOf(options.parameterRequestList());
        if (fingerprintOs != null && (os == null || fingerprintOs.startsWith(os))) {
            os = fingerprintOs; // the fingerprint is finer ("Windows 10" where the vendor class says "Windows")
        }
        if (os != null) {
            out.identityOfMac(mac, Identity.OS, os);
        }
        if (vendorClass != null && os == null) {
            out.identityOfMac(mac, Identity.SOFTWARE, vendorClass);
        }
    }

    static String ipv4(int a) {
        return (a >>> 24) + "." + ((a >>> 16) & 0xFF) + "." + ((a >>> 8) & 0xFF) + "." + (a & 0xFF);
    }

    static String text(ByteBuffer buffer, int offset, int length) {
        return Ascii.text(buffer, offset, length, Ascii.MAX_TEXT);
    }
}
