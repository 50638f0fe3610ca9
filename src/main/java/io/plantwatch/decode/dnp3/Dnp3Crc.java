package io.plantwatch.decode.dnp3;

import java.nio.ByteBuffer;

/**
 * The DNP3 link-layer CRC (IEEE 1815 9.2.1.4: polynomial 0x3D65, bit-reversed 0xA6BC, result
 * complemented, sent least significant byte first), table-driven. Thread-safe.
 */
final class Dnp3Crc {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA6BC : crc >>> 1;
            }
            TABLE[i] = crc;
        }
    }

    private Dnp3Crc() {
    }

    static int compute(ByteBuffer b, int at, int length) {
        int crc = 0;
        for (int i = 0; i < length; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ b.get(at + i)) & 0xFF];
        }
        return ~crc & 0xFFFF;
    }

    /** Whether the two bytes after the block hold its CRC. */
    static boolean matches(ByteBuffer b, int at, int length) {
        int stored = (b.get(at + length) & 0xFF) | (b.get(at + length + 1) & 0xFF) << 8;
        return compute(b, at, length) == stored;
    }
}
