package io.plantwatch.capture;

import java.nio.ByteBuffer;

/**
 * One captured frame, as a view into the source's buffer (zero-copy).
 *
 * <p>A source reuses one instance for every frame it delivers: the view is valid only during the
 * {@link FrameHandler#onFrame} call. Copy ({@link #copyBytes()}) what must outlive it.
 * Not thread-safe.
 */
public final class Frame {
    private ByteBuffer buffer;
    private int offset;
    private int capturedLength;
    private int originalLength;
    private long timestampNanos;
    private int linkType;
    private long sourceOffset;

    /** Points this view at a new frame; called by sources only. */
    public Frame set(ByteBuffer buffer, int offset, int capturedLength, int originalLength,
                     long timestampNanos, int linkType, long sourceOffset) {
        this.buffer = buffer;
        this.offset = offset;
        this.capturedLength = capturedLength;
        this.originalLength = originalLength;
        this.timestampNanos = timestampNanos;
        this.linkType = linkType;
        this.sourceOffset = sourceOffset;
        return this;
    }

    /** The buffer holding the frame's bytes, big-endian; read it with absolute gets only. */
    public ByteBuffer buffer() { return buffer; }

    /** Index of the frame's first byte in {@link #buffer()}. */
    public int offset() { return offset; }

    /** Bytes present in the capture. */
    public int capturedLength() { return capturedLength; }

    /** Length of the frame on the wire (Wireshark's {@code frame.len}). */
    public int originalLength() { return originalLength; }

    /** Capture time, nanoseconds since the Unix epoch. */
    public long timestampNanos() { return timestampNanos; }

    /** The frame's link type ({@link LinkType}). */
    public int linkType() { return linkType; }

    /** Where the frame's record starts in its source (file offset), for messages. */
    public long sourceOffset() { return sourceOffset; }

    public byte[] copyBytes() {
        byte[] copy = new byte[capturedLength];
        buffer.get(offset, copy, 0, capturedLength);
        return copy;
    }
}
