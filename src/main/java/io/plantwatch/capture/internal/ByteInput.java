package io.plantwatch.capture.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Forward-only random access to a capture's bytes: a memory-mapped file or a decompressing stream.
 * Readers ask for a range with {@link #ensure}, then read it through {@link #buffer()} at
 * {@link #indexOf(long)}. Positions never go backwards by more than the last ensured range.
 */
public interface ByteInput extends Closeable {

    /** Makes {@code [position, position + length)} readable; false when the input ends first. */
    boolean ensure(long position, int length) throws IOException;

    /** The buffer holding the last ensured range (big-endian); valid until the next ensure. */
    ByteBuffer buffer();

    /** Index in {@link #buffer()} of an ensured position. */
    int indexOf(long position);

    /** Total size in bytes, or -1 while unknown (streams). */
    long size();

    /** Bytes known to exist (the size once a stream reached its end). */
    long available();
}
