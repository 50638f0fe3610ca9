package io.plantwatch.decode;

/** MAC addresses held in the low 48 bits of a long; {@link #NONE} where a frame has none. */
public final class MacAddress {
    public static final long NONE = -1L;
    public static final long BROADCAST = 0xFFFF_FFFF_FFFFL;

    private MacAddress() {
    }

    /** Lowercase with colons, as tshark prints {@code eth.src}. */
    public static String toString(long mac) {
        return AddressText.mac(mac);
    }

    public static long parse(String text) {
        return AddressText.parseMac(text);
    }

    /** True for individual (not group) addresses other than all-zero. */
    public static boolean isUnicast(long mac) {
        return mac != NONE && mac != 0 && (mac & 0x0100_0000_0000L) == 0;
    }

    /** The 24-bit organisationally unique identifier. */
    public static int oui(long mac) {
        return (int) (mac >>> 24) & 0xFFFFFF;
    }
}
