package io.plantwatch.decode.snmp;

import java.nio.ByteBuffer;

/**
 * A cursor over BER-encoded (ASN.1) data: tag, definite length, value, bounded by its range.
 * Not thread-safe; one per message.
 */
final class Ber {
    /** A value that does not fit its enclosing range; caught by the decoder. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final ByteBuffer buffer;
    private int at;
    private final int end;
    int tag;
    int valueOffset;
    int valueLength;

    Ber(ByteBuffer buffer, int offset, int end) {
        this.buffer = buffer;
        this.at = offset;
        this.end = end;
    }

    boolean more() {
        return at < end;
    }

    /** Reads the next tag and length, leaving the cursor before the value. */
    Ber next() throws Malformed {
        if (at + 2 > end) {
            throw new Malformed("truncated BER header");
        }
        tag = buffer.get(at) & 0xFF;
        int first = buffer.get(at + 1) & 0xFF;
        int position = at + 2;
        int length;
        if (first < 0x80) {
            length = first;
        } else {
            int bytes = first & 0x7F;
            if (bytes == 0 || bytes > 3 || position + bytes > end) {
                throw new Malformed("unsupported BER length");
            }
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | (buffer.get(position + i) & 0xFF);
            }
            position += bytes;
        }
        if (position + length > end) {
            throw new Malformed("BER value past its container");
        }
        valueOffset = position;
        valueLength = length;
        at = position;
        return this;
    }

    /** Reads the next element, requiring {@code expected} as its tag. */
    Ber expect(int expected) throws Malformed {
        next();
        if (tag != expected) {
            throw new Malformed(String.format("expected tag 0x%02x, found 0x%02x", expected, tag));
        }
        return this;
    }

    /** Moves past the current element's value. */
    void skipValue() {
        at = valueOffset + valueLength;
    }

    /** A cursor over the current element's value (for constructed types). */
    Ber enter() {
        Ber inner = new Ber(buffer, valueOffset, valueOffset + valueLength);
        skipValue();
        return inner;
    }

    long integer() throws Malformed {
        if (valueLength < 1 || valueLength > 8) {
            throw new Malformed("integer of " + valueLength + " bytes");
        }
        long value = buffer.get(valueOffset); // sign-extended first byte
        for (int i = 1; i < valueLength; i++) {
            value = (value << 8) | (buffer.get(valueOffset + i) & 0xFF);
        }
        skipValue();
        return value;
    }

    /** The current value's bytes equal {@code bytes}. */
    boolean valueEquals(byte[] bytes) {
        if (valueLength != bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (buffer.get(valueOffset + i) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** The current OBJECT IDENTIFIER value in dotted form. */
    String oid() {
        StringBuilder s = new StringBuilder(32);
        long component = 0;
        boolean first = true;
        for (int i = 0; i < valueLength && s.length() < 128; i++) {
            int b = buffer.get(valueOffset + i) & 0xFF;
            component = (component << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) {
                if (first) {
                    long x = Math.min(component / 40, 2);
                    s.append(x).append('.').append(component - 40 * x);
                    first = false;
                } else {
                    s.append('.').append(component);
                }
                component = 0;
            }
        }
        return s.toString();
    }

    ByteBuffer buffer() {
        return buffer;
    }
}
