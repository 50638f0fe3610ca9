package io.plantwatch.decode.opcua;

import io.plantwatch.decode.internal.Cursor;

/**
 * The OPC UA binary encoding's built-in types (Part 6, 5.2) that the decoder walks over: strings,
 * node ids, extension objects, diagnostic infos. Static helpers over a {@link Cursor}, which throws
 * when a value runs past the message. Stateless and thread-safe.
 */
final class UaReader {
    /** Longest string kept as text; longer ones are skipped (certificates, nonces). */
    private static final int MAX_TEXT = 4096;
    private static final int MAX_DEPTH = 8;

    private UaReader() {
    }

    /** A String (Int32 length, -1 for null, then UTF-8); null for a null or over-long string. */
    static String string(Cursor c) {
        int length = c.s32le();
        if (length < 0) {
            return null;
        }
        if (length > MAX_TEXT) {
            c.skip(length);
            return null;
        }
        return c.utf8(length);
    }

    /** Skips a String, ByteString or XmlElement. */
    static void skipBytes(Cursor c) {
        int length = c.s32le();
        if (length > 0) {
            c.skip(length);
        }
    }

    /** Skips a NodeId, or an ExpandedNodeId when {@code expanded}. */
    static void skipNodeId(Cursor c, boolean expanded) {
        int mask = c.u8();
        switch (mask & 0x0F) {
            case 0 -> c.skip(1);
            case 1 -> c.skip(3);
            case 2 -> c.skip(6);
            case 3, 5 -> {
                c.skip(2);
                skipBytes(c);
            }
            case 4 -> c.skip(18);
            default -> throw Cursor.TRUNCATED;
        }
        if (expanded && (mask & 0x80) != 0) {
            skipBytes(c); // namespace URI
        }
        if (expanded && (mask & 0x40) != 0) {
            c.skip(4); // server index
        }
    }

    static void skipExtensionObject(Cursor c) {
        skipNodeId(c, true);
        int encoding = c.u8();
        if (encoding == 1 || encoding == 2) {
            skipBytes(c);
        }
    }

    static void skipDiagnosticInfo(Cursor c, int depth) {
        if (depth > MAX_DEPTH) {
            throw Cursor.TRUNCATED;
        }
        int mask = c.u8();
        if ((mask & 0x01) != 0) {
            c.skip(4); // symbolic id
        }
        if ((mask & 0x02) != 0) {
            c.skip(4); // namespace uri
        }
        if ((mask & 0x08) != 0) {
            c.skip(4); // locale
        }
        if ((mask & 0x04) != 0) {
            c.skip(4); // localized text
        }
        if ((mask & 0x10) != 0) {
            skipBytes(c); // additional info
        }
        if ((mask & 0x20) != 0) {
            c.skip(4); // inner status code
        }
        if ((mask & 0x40) != 0) {
            skipDiagnosticInfo(c, depth + 1);
        }
    }

    /** The text of a LocalizedText, or null. */
    static String localizedText(Cursor c) {
        int mask = c.u8();
        if ((mask & 0x01) != 0) {
            skipBytes(c); // locale
        }
        return (mask & 0x02) != 0 ? string(c) : null;
    }

    static void skipStringArray(Cursor c) {
        int count = c.s32le();
        for (int i = 0; i < count; i++) {
            skipBytes(c);
        }
    }

    static void skipRequestHeader(Cursor c) {
        skipNodeId(c, false); // authentication token
        c.skip(8 + 4 + 4); // timestamp, request handle, return diagnostics
        skipBytes(c); // audit entry id
        c.skip(4); // timeout hint
        skipExtensionObject(c);
    }

    static void skipResponseHeader(Cursor c) {
        c.skip(8 + 4 + 4); // timestamp, request handle, service result
        skipDiagnosticInfo(c, 0);
        skipStringArray(c);
        skipExtensionObject(c);
    }
}
