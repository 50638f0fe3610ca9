package io.plantwatch.decode;

/**
 * An IPv4 or IPv6 address as two longs, so the packet path can carry addresses without allocating.
 * IPv4 addresses are held in {@code lo} as the IPv4-mapped form; {@code v6} tells the two apart.
 * Text forms follow tshark: dotted quad, and RFC 5952 for IPv6 (with the mapped form as
 * {@code ::ffff:a.b.c.d}).
 */
public record IpAddress(long hi, long lo, boolean v6) implements Comparable<IpAddress> {
    private static final long V4_MAPPED = 0xFFFF_0000_0000L;

    /** Written out (the same values a record generates) because the generated one goes through method handles. */
    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress a && a.lo == lo && a.hi == hi && a.v6 == v6;
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(hi) * 31 + Long.hashCode(lo)) * 31 + Boolean.hashCode(v6);
    }

    public static IpAddress v4(int address) {
        return new IpAddress(0, V4_MAPPED | (address & 0xFFFFFFFFL), false);
    }

    public static IpAddress v6(long hi, long lo) {
        return new IpAddress(hi, lo, true);
    }

    /** Parses dotted IPv4 or any IPv6 text form; throws IllegalArgumentException when invalid. */
    public static IpAddress parse(String text) {
        return AddressText.parseIp(text);
    }

    public boolean isV4() {
        return !v6;
    }

    /** The IPv4 address as an int; only meaningful when {@link #isV4()}. */
    public int v4Bits() {
        return (int) lo;
    }

    public boolean isMulticast() {
        return v6 ? (hi >>> 56) == 0xFF : (v4Bits() >>> 28) == 0xE;
    }

    public boolean isBroadcast() {
        return !v6 && v4Bits() == -1;
    }

    public boolean isUnspecified() {
        return v6 ? hi == 0 && lo == 0 : v4Bits() == 0;
    }

    public boolean isLinkLocal() {
        return v6 ? (hi >>> 54) == (0xFE80L >>> 6) : (v4Bits() >>> 16) == 0xA9FE;
    }

    /** True for RFC 1918, RFC 6598, loopback, link-local, unique-local and similar non-internet space. */
    public boolean isPrivate() {
        if (v6) {
            return isLinkLocal() || (hi >>> 57) == (0xFC00L >>> 9) || (hi == 0 && lo == 1) || isMulticast();
        }
        int a = v4Bits();
        int first = a >>> 24;
        int second = (a >>> 16) & 0xFF;
        return first == 10 || first == 127 || first == 0 || (first == 172 && second >= 16 && second < 32)
                || (first == 192 && second == 168) || (first == 169 && second == 254)
                || (first == 100 && second >= 64 && second < 128) || first >= 224;
    }

    @Override
    public String toString() {
        return v6 ? AddressText.ipv6(hi, lo) : AddressText.ipv4(v4Bits());
    }

    @Override
    public int compareTo(IpAddress o) {
        if (v6 != o.v6) {
            return v6 ? 1 : -1;
        }
        int c = Long.compareUnsigned(hi, o.hi);
        return c != 0 ? c : Long.compareUnsigned(lo, o.lo);
    }
}
