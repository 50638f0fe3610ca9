package io.plantwatch.decode.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Collects one line of a text protocol across segments, up to a bound (longer lines are cut, the
 * rest of them dropped). Not thread-safe; one per flow direction.
 */
public final class TextLine {
    private final byte[] bytes;
    private int length;

    public TextLine(int max) {
        this.bytes = new byte[max];
    }

    public void append(int b) {
        if (length < bytes.length) {
            bytes[length++] = (byte) b;
        }
    }

    /** Removes the last byte (a typed backspace). */
    public void backspace() {
        if (length > 0) {
            length--;
        }
    }

    public boolean isEmpty() {
        return length == 0;
    }

    public void clear() {
        length = 0;
    }

    /** The line so far, cleaned ({@link Ascii#clean}); null when blank. */
    public String text() {
        return Ascii.clean(new String(bytes, 0, length, StandardCharsets.UTF_8), bytes.length);
    }

    /**
     * Feeds bytes; calls {@code onLine} with each completed line (ended by LF, CR dropped) and
     * keeps the unfinished rest.
     */
    public void feed(ByteBuffer buffer, int offset, int length, java.util.function.Consumer<String> onLine) {
        for (int i = 0; i < length; i++) {
            int b = buffer.get(offset + i) & 0xFF;
            if (b == '\n') {
                String line = text();
                clear();
                if (line != null) {
                    onLine.accept(line);
                }
            } else if (b != '\r') {
                append(b);
            }
        }
    }
}
