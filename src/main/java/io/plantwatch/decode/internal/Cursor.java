package io.plantwatch.decode.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A bounds-checked reading position over a slice of a buffer, for protocol parsers. Reading past
 * the slice throws {@link Truncated}, a shared exception without a stack trace, which a decoder
 * catches once per PDU and reports as malformed: the parsers stay free of length checks on every
 * field, and the fast path allocates nothing. Reusable through {@link #reset}. Not thread-safe.
 */
public final class Cursor {
    /** Thrown when a PDU ends before a field it promises; carries no stack trace. */
    public static final class Truncated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Truncated() {
            super("PDU truncated", null, false, false);
        }
    }

    /** Immutable (no stack trace, no suppression), so one instance serves every thread. */
    public static final Truncated TRUNCATED = new Truncated();

    private ByteBuffer buffer;
    private int position;
    private int limit;

    public Cursor() {
    }

    public Cursor(ByteBuffer buffer, int offset, int length) {
        reset(buffer, offset, length);
    }

    /** Points the cursor at {@code length} bytes of {@code buffer} from {@code offset}. */
    public Cursor reset(ByteBuffer buffer, int offset, int length) {
        this.buffer = buffer;
        this.position = offset;
        this.limit = offset + Math.max(0, Math.min(length, buffer.limit() - offset));
        return this;
    }

    public ByteBuffer buffer() {
        return buffer;
    }

    public int position() {
        return position;
    }

    public int limit() {
        return limit;
    }

    public int remaining() {
        return limit - position;
    }

    public boolean has(int bytes) {
        return bytes >= 0 && limit - position >= bytes;
    }

    /** Throws {@link Truncated} unless {@code bytes} more bytes are there. */
    public void need(int bytes) {
        if (!has(bytes)) {
            throw TRUNCATED;
        }
    }

    public void skip(int bytes) {
        need(bytes);
        position += bytes;
    }

    public void seek(int absolute) {
        if (absolute < 0 || absolute > limit) {
            throw TRUNCATED;
        }
        position = absolute;
    }

    public int u8() {
        need(1);
        return buffer.get(position++) & 0xFF;
    }

    public int peekU8() {
        need(1);
        return buffer.get(position) & 0xFF;
    }

    public int u16le() {
        need(2);
        int v = (buffer.get(position) & 0xFF) | (buffer.get(position + 1) & 0xFF) << 8;
        position += 2;
        return v;
    }

    public int u16be() {
        need(2);
        int v = buffer.getShort(position) & 0xFFFF;
        position += 2;
        return v;
    }

    public int s32le() {
        need(4);
        int v = Integer.reverseBytes(buffer.getInt(position));
        position += 4;
        return v;
    }

    public long u32le() {
        return s32le() & 0xFFFF_FFFFL;
    }

    public int s32be() {
        need(4);
        int v = buffer.getInt(position);
        position += 4;
        return v;
    }

    public long s64le() {
        need(8);
        long v = Long.reverseBytes(buffer.getLong(position));
        position += 8;
        return v;
    }

    /** {@code length} bytes as text (ISO-8859-1 keeps every byte), trailing NULs dropped. */
    public String latin1(int length) {
        need(length);
        String text = Wire.latin1(buffer, position, length);
        position += length;
        return text;
    }

    /** {@code length} bytes as UTF-8 text, trailing NULs dropped. */
    public String utf8(int length) {
        need(length);
        String text = Wire.text(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        return text;
    }
}
