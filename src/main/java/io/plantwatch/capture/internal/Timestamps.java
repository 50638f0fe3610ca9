package io.plantwatch.capture.internal;

import java.math.BigInteger;

/**
 * A pcapng interface's timestamp units ({@code if_tsresol}): 10^-n seconds when the high bit is
 * clear, 2^-n when set; plus {@code if_tsoffset} seconds.
 */
record Timestamps(int resolution, long offsetSeconds) {
    private static final long NANOS = 1_000_000_000L;

    long toNanos(long units) {
        int exponent = resolution & 0x7F;
        long nanos;
        if ((resolution & 0x80) == 0) {
            if (exponent <= 9) {
                nanos = units * pow10(9 - exponent);
            } else {
                nanos = units / pow10(Math.min(exponent - 9, 18));
            }
        } else if (exponent < 63) {
            long whole = units >>> exponent;
            long rest = units & ((1L << exponent) - 1);
            nanos = whole * NANOS + BigInteger.valueOf(rest).multiply(BigInteger.valueOf(NANOS))
                    .shiftRight(exponent).longValue();
        } else {
            nanos = 0;
        }
        return nanos + offsetSeconds * NANOS;
    }

    private static long pow10(int n) {
        long v = 1;
        for (int i = 0; i < n; i++) {
            v *= 10;
        }
        return v;
    }
}
