package io.plantwatch.decode;

/** Text forms of addresses, kept in one place so that every output matches tshark's. */
final class AddressText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private AddressText() {
    }

    static String mac(long mac) {
        char[] out = new char[17];
        for (int i = 0; i < 6; i++) {
            int b = (int) (mac >>> (40 - 8 * i)) & 0xFF;
            out[i * 3] = HEX[b >>> 4];
            out[i * 3 + 1] = HEX[b & 0xF];
            if (i < 5) {
                out[i * 3 + 2] = ':';
            }
        }
        return new String(out);
    }

    static long parseMac(String text) {
        String hex = text.replace(":", "").replace("-", "").replace(".", "");
        if (hex.length() != 12) {
            throw new IllegalArgumentException("not a MAC address: " + text);
        }
        try {
            return Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a MAC address: " + text, e);
        }
    }

    static String ipv4(int a) {
        return (a >>> 24) + "." + ((a >>> 16) & 0xFF) + "." + ((a >>> 8) & 0xFF) + "." + (a & 0xFF);
    }

    /** RFC 5952: lowercase, leading zeros dropped, the longest run (2+) of zero groups as "::". */
    static String ipv6(long hi, long lo) {
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (hi >>> (48 - 16 * i)) & 0xFFFF;
            groups[i + 4] = (int) (lo >>> (48 - 16 * i)) & 0xFFFF;
        }
        if (hi == 0 && (lo >>> 32) == 0xFFFF) {
            return "::ffff:" + ipv4((int) lo);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    static IpAddress parseIp(String text) {
        if (text.indexOf(':') < 0) {
            return IpAddress.v4(parseV4(text));
        }
        String s = text;
        int[] groups = new int[8];
        int lastColon = s.lastIndexOf(':');
        boolean embedded = s.indexOf('.', lastColon) > 0;
        if (embedded) {
            int v4 = parseV4(s.substring(lastColon + 1));
            s = s.substring(0, lastColon + 1) + Integer.toHexString(v4 >>> 16) + ":" + Integer.toHexString(v4 & 0xFFFF);
        }
        int gap = s.indexOf("::");
        String[] head;
        String[] rest;
        if (gap >= 0) {
            head = split(s.substring(0, gap));
            rest = split(s.substring(gap + 2));
            if (head.length + rest.length > 7) {
                throw new IllegalArgumentException("not an IP address: " + text);
            }
        } else {
            head = split(s);
            rest = new String[0];
            if (head.length != 8) {
                throw new IllegalArgumentException("not an IP address: " + text);
            }
        }
        for (int i = 0; i < head.length; i++) {
            groups[i] = group(head[i], text);
        }
        for (int i = 0; i < rest.length; i++) {
            groups[8 - rest.length + i] = group(rest[i], text);
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 4; i++) {
            hi = (hi << 16) | groups[i];
            lo = (lo << 16) | groups[i + 4];
        }
        return IpAddress.v6(hi, lo);
    }

    private static String[] split(String s) {
        return s.isEmpty() ? new String[0] : s.split(":", -1);
    }

    private static int group(String g, String text) {
        if (g.isEmpty() || g.length() > 4) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        try {
            return Integer.parseInt(g, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IP address: " + text, e);
        }
    }

    /** Dotted quad, four decimal parts of one to three digits; parsed in place (detection parses one per connection). */
    private static int parseV4(String text) {
        int address = 0;
        int parts = 0;
        int at = 0;
        int length = text.length();
        while (parts < 4) {
            int value = 0;
            int digits = 0;
            while (at < length && text.charAt(at) >= '0' && text.charAt(at) <= '9' && digits < 4) {
                value = value * 10 + (text.charAt(at++) - '0');
                digits++;
            }
            if (digits == 0 || digits > 3 || value > 255) {
                throw new IllegalArgumentException("not an IP address: " + text);
            }
            address = (address << 8) | value;
            parts++;
            if (parts < 4) {
                if (at >= length || text.charAt(at) != '.') {
                    throw new IllegalArgumentException("not an IP address: " + text);
                }
                at++;
            }
        }
        if (at != length) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        return address;
    }
}
