package io.plantwatch.decode.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Bounded reads of text from packet bytes. Every method stays inside the range it is given and
 * caps what it returns, so hostile payloads cost little. Thread-safe (no state).
 */
public final class Ascii {
    /** Longest text kept from the wire; longer values are cut (names, banners, headers). */
    public static final int MAX_TEXT = 256;

    private Ascii() {
    }

    /**
     * The bytes as UTF-8 text (invalid sequences replaced), control characters dropped, cut to
     * {@code max} characters and stripped; null when nothing printable remains.
     */
    public static String text(ByteBuffer buffer, int offset, int length, int max) {
        if (length <= 0) {
            return null;
        }
        byte[] bytes = new byte[Math.min(length, max * 4)];
        buffer.get(offset, bytes, 0, bytes.length);
        return clean(new String(bytes, StandardCharsets.UTF_8), max);
    }

    /** UTF-16LE text (SMB, NTLMSSP), cleaned like {@link #text}. */
    public static String utf16(ByteBuffer buffer, int offset, int length, int max) {
        if (length <= 1) {
            return null;
        }
        byte[] bytes = new byte[Math.min(length & ~1, max * 2)];
        buffer.get(offset, bytes, 0, bytes.length);
        return clean(new String(bytes, StandardCharsets.UTF_16LE), max);
    }

    /** Drops control characters, cuts to {@code max}, strips; null when empty. */
    public static String clean(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != 0x7F && c != '\uFFFD') {
                out.append(c);
            }
        }
        String s = out.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** True when the range starts with {@code prefix} (ASCII, exact case). */
    public static boolean startsWith(ByteBuffer buffer, int offset, int length, String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (buffer.get(offset + i) != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code needle} first occurs in the range, relative to {@code offset}; -1 when absent. */
    public static int indexOf(ByteBuffer buffer, int offset, int length, byte[] needle) {
        int last = length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (buffer.get(offset + i + j) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The first index of {@code b} in the range, relative to {@code offset}; -1 when absent. */
    public static int indexOf(ByteBuffer buffer, int offset, int length, byte b) {
        for (int i = 0; i < length; i++) {
            if (buffer.get(offset + i) == b) {
                return i;
            }
        }
        return -1;
    }

    /** True when every byte of the range is printable ASCII, tab, CR or LF. */
    public static boolean isText(ByteBuffer buffer, int offset, int length) {
        for (int i = 0; i < length; i++) {
            int c = buffer.get(offset + i) & 0xFF;
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }
}
