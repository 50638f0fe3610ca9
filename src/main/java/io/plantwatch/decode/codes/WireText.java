package io.plantwatch.decode.codes;

import java.nio.ByteBuffer;

/**
 * Text fields as protocols carry them, decoded the way Wireshark shows them: fixed-size ASCII that
 * ends at the first NUL, other bytes shown as the replacement character. Thread-safe.
 */
public final class WireText {
    private WireText() {
    }

    /** ASCII of a fixed-size field, up to its first NUL; bytes above 0x7F become U+FFFD. */
    public static String ascii(ByteBuffer b, int at, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int c = b.get(at + i) & 0xFF;
            if (c == 0) {
                break;
            }
            s.append(c < 0x80 ? (char) c : '\uFFFD');
        }
        return s.toString();
    }

    /** The field's printable ASCII characters (0x20-0x7E), others dropped, trimmed. */
    public static String printable(ByteBuffer b, int at, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int c = b.get(at + i) & 0xFF;
            if (c >= 0x20 && c < 0x7F) {
                s.append((char) c);
            }
        }
        return s.toString().strip();
    }
}
