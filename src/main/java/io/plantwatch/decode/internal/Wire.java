package io.plantwatch.decode.internal;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Small helpers for reading protocol fields at absolute offsets. Stateless and thread-safe. */
public final class Wire {
    private Wire() {
    }

    public static int u8(ByteBuffer b, int at) {
        return b.get(at) & 0xFF;
    }

    public static int u16le(ByteBuffer b, int at) {
        return (b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8;
    }

    public static int u16be(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }

    /** ISO-8859-1 text, so that no byte is lost; trailing NULs and padding dropped. */
    public static String latin1(ByteBuffer b, int at, int length) {
        return text(b, at, length, StandardCharsets.ISO_8859_1);
    }

    public static String text(ByteBuffer b, int at, int length, Charset charset) {
        int end = at + length;
        while (end > at && b.get(end - 1) == 0) {
            end--;
        }
        byte[] bytes = new byte[end - at];
        b.get(at, bytes);
        return new String(bytes, charset);
    }

    /** Whether the bytes are printable ASCII (tab and newlines allowed), as a sanity check on names. */
    public static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    public static String ipv4(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "." + (address & 0xFF);
    }

    public static String hex(int value, int digits) {
        String text = Integer.toHexString(value);
        return "0x" + "0".repeat(Math.max(0, digits - text.length())) + text;
    }
}
