package io.plantwatch.decode.bacnet;

import io.plantwatch.decode.internal.Cursor;

import java.nio.charset.StandardCharsets;

/**
 * Reads BACnet's tagged encoding (ASHRAE 135 clause 20.2): a tag byte with number, class and a
 * length that may be extended. The fields of the last tag read are kept here to avoid allocating.
 * Not thread-safe; one instance per decoder.
 */
final class BacnetTags {
    static final int OPENING = 6;
    static final int CLOSING = 7;

    static final int APPLICATION_UNSIGNED = 2;
    static final int APPLICATION_CHARACTER_STRING = 7;
    static final int APPLICATION_ENUMERATED = 9;
    static final int APPLICATION_OBJECT_ID = 12;

    int number;
    boolean context;
    /** Value length, or {@link #OPENING}/{@link #CLOSING} for context opening/closing tags. */
    int length;
    boolean openingOrClosing;

    /** Reads one tag header at the cursor. */
    void read(Cursor c) {
        int tag = c.u8();
        number = tag >>> 4;
        if (number == 15) {
            number = c.u8();
        }
        context = (tag & 0x08) != 0;
        int lvt = tag & 0x07;
        openingOrClosing = context && (lvt == OPENING || lvt == CLOSING);
        if (openingOrClosing) {
            length = lvt;
            return;
        }
        if (lvt == 5) {
            lvt = c.u8();
            if (lvt == 254) {
                lvt = c.u16be();
            } else if (lvt == 255) {
                lvt = c.s32be();
                if (lvt < 0) {
                    throw Cursor.TRUNCATED;
                }
            }
        }
        length = lvt;
    }

    /** An unsigned value of {@code length} bytes (up to 4). */
    static long unsigned(Cursor c, int length) {
        if (length > 4) {
            c.skip(length);
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = value << 8 | c.u8();
        }
        return value;
    }

    /** A character string value of {@code length} bytes: a character-set byte, then the text. */
    static String characterString(Cursor c, int length) {
        if (length < 1) {
            throw Cursor.TRUNCATED;
        }
        int charset = c.u8();
        int textLength = length - 1;
        c.need(textLength);
        byte[] bytes = new byte[textLength];
        c.buffer().get(c.position(), bytes);
        c.skip(textLength);
        return switch (charset) {
            case 0 -> new String(bytes, StandardCharsets.UTF_8);
            case 4 -> new String(bytes, StandardCharsets.UTF_16BE);
            default -> new String(bytes, StandardCharsets.ISO_8859_1);
        };
    }
}
