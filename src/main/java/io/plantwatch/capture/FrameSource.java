package io.plantwatch.capture;

import java.io.Closeable;
import java.io.IOException;

/**
 * A stream of frames: a capture file, or a live interface.
 *
 * <p>Files and live capture share this interface so that the analysis pipeline is one and the same.
 */
public interface FrameSource extends Closeable {

    /** A name for messages: the file path or the interface name. */
    String name();

    /**
     * Delivers every frame to the handler on the calling thread, in order, until the source ends or
     * {@link #stop()} is called. Damage is reported through {@link FrameHandler#onProblem}; this
     * method throws only when the source could not be read at all.
     */
    void forEach(FrameHandler handler) throws IOException;

    /** Asks a running {@link #forEach} to return soon; safe from any thread. */
    void stop();

    /** Bytes of the source consumed so far, for progress; safe from any thread. */
    long position();

    /** Size of the source in bytes, or -1 when unknown (live capture, compressed files). */
    long size();
}
