package io.plantwatch.decode.enip;

import io.plantwatch.decode.internal.Wire;

import java.nio.ByteBuffer;

/**
 * The logical class and instance an EPATH addresses, read without allocating: the last class and
 * instance segments win, as a request path names its target last. Symbolic (tag name) segments
 * leave the class unknown. Not thread-safe; one instance is reused per decoder.
 */
final class CipPath {
    static final int NONE = -1;

    int cipClass;
    int instance;
    boolean symbolic;

    /** Reads the path; returns false when a segment runs past {@code length} bytes. */
    boolean read(ByteBuffer b, int offset, int length) {
        cipClass = NONE;
        instance = NONE;
        symbolic = false;
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int segment = Wire.u8(b, at);
            int type = segment & 0xE0;
            if (type == 0x20) { // logical segment
                int logicalType = (segment >>> 2) & 0x07;
                int format = segment & 0x03;
                int value;
                int size;
                if (format == 0) {
                    if (at + 2 > end) {
                        return false;
                    }
                    value = Wire.u8(b, at + 1);
                    size = 2;
                } else if (format == 1) {
                    if (at + 4 > end) {
                        return false;
                    }
                    value = Wire.u16le(b, at + 2);
                    size = 4;
                } else if (format == 2) {
                    if (at + 6 > end) {
                        return false;
                    }
                    value = Wire.u16le(b, at + 2) | Wire.u16le(b, at + 4) << 16;
                    size = 6;
                } else {
                    return false;
                }
                if (logicalType == 0) {
                    cipClass = value;
                } else if (logicalType == 1) {
                    instance = value;
                }
                at += size;
            } else if (segment == 0x91) { // ANSI extended symbol: length, name, pad to even
                if (at + 2 > end) {
                    return false;
                }
                int nameLength = Wire.u8(b, at + 1);
                symbolic = true;
                at += 2 + nameLength + (nameLength & 1);
            } else if (type == 0x00) { // port segment: port, link address
                if (at + 2 > end) {
                    return false;
                }
                if ((segment & 0x10) != 0) {
                    int linkLength = Wire.u8(b, at + 1);
                    at += 2 + linkLength + (linkLength & 1);
                } else {
                    at += 2;
                }
            } else if (type == 0x80) { // data segment: simple data (word count) or ANSI symbol
                if (at + 2 > end) {
                    return false;
                }
                at += 2 + 2 * Wire.u8(b, at + 1);
            } else {
                return true; // network or reserved segments: the logical part is already known
            }
        }
        return at == end;
    }
}
