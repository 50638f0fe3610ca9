package io.plantwatch.simulate.protocol;

/** The Internet checksum (RFC 1071) over byte ranges. Stateless. */
final class Checksum {
    private Checksum() {
    }

    /** Adds 16-bit big-endian words of the range to {@code sum} (an odd last byte is padded with zero). */
    static int sum(byte[] data, int offset, int length, int sum) {
        int end = offset + (length & ~1);
        long acc = sum & 0xFFFFFFFFL;
        for (int i = offset; i < end; i += 2) {
            acc += ((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF);
        }
        if ((length & 1) != 0) {
            acc += (data[end] & 0xFF) << 8;
        }
        while ((acc >>> 32) != 0) {
            acc = (acc & 0xFFFFFFFFL) + (acc >>> 32);
        }
        return (int) acc;
    }

    /** Folds a 32-bit sum to 16 bits and complements it. */
    static int fold(int sum) {
        long s = sum & 0xFFFFFFFFL;
        while ((s >>> 16) != 0) {
            s = (s & 0xFFFF) + (s >>> 16);
        }
        return (int) (~s & 0xFFFF);
    }
}
