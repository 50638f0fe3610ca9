package io.plantwatch.decode.dhcp;

import java.nio.ByteBuffer;

/**
 * The DHCP options Plantwatch uses, read from the options area (RFC 2132) with every length
 * checked. Immutable.
 *
 * @param parameterRequestList option 55 as comma-separated decimal codes, or null
 * @param truncated true when an option ran past the message
 */
record DhcpOptions(int messageType, String hostName, String fqdn, String vendorClass, String parameterRequestList,
                   boolean truncated) {
    static final DhcpOptions NONE = new DhcpOptions(0, null, null, null, null, false);

    private static final int PAD = 0;
    private static final int END = 255;
    private static final int HOST_NAME = 12;
    private static final int MESSAGE_TYPE = 53;
    private static final int PARAMETER_REQUEST_LIST = 55;
    private static final int VENDOR_CLASS = 60;
    private static final int CLIENT_FQDN = 81;

    static DhcpOptions read(ByteBuffer buffer, int at, int end) {
        int type = 0;
        String host = null;
        String fqdn = null;
        String vendor = null;
        String prl = null;
        while (at < end) {
            int code = buffer.get(at) & 0xFF;
            if (code == END) {
                break;
            }
            if (code == PAD) {
                at++;
                continue;
            }
            if (at + 2 > end || at + 2 + (buffer.get(at + 1) & 0xFF) > end) {
                return new DhcpOptions(type, host, fqdn, vendor, prl, true);
            }
            int length = buffer.get(at + 1) & 0xFF;
            int value = at + 2;
            switch (code) {
                case MESSAGE_TYPE -> type = length >= 1 ? buffer.get(value) & 0xFF : 0;
                case HOST_NAME -> host = DhcpDecoder.text(buffer, value, length);
                case VENDOR_CLASS -> vendor = DhcpDecoder.text(buffer, value, length);
                case CLIENT_FQDN -> fqdn = length > 3 ? fqdnName(buffer, value + 3, length - 3) : null;
                case PARAMETER_REQUEST_LIST -> prl = codes(buffer, value, length);
                default -> { }
            }
            at = value + length;
        }
        return new DhcpOptions(type, host, fqdn, vendor, prl, false);
    }

    private static String codes(ByteBuffer buffer, int at, int length) {
        StringBuilder s = new StringBuilder(length * 3);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(buffer.get(at + i) & 0xFF);
        }
        return s.toString();
    }

    /** Option 81's name: DNS wire labels, or plain ASCII from older clients; the first label is the host. */
    private static String fqdnName(ByteBuffer buffer, int at, int length) {
        int first = buffer.get(at) & 0xFF;
        if (first > 0 && first < 64 && first < length) {
            return DhcpDecoder.text(buffer, at + 1, first);
        }
        String text = DhcpDecoder.text(buffer, at, length);
        if (text == null) {
            return null;
        }
        int dot = text.indexOf('.');
        return dot > 0 ? text.substring(0, dot) : text;
    }
}
