package io.plantwatch.simulate.traffic;

import io.plantwatch.capture.CaptureWriter;
import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.FrameBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One capture of the whole plant, every frame once as its sender put it on the wire (a sensor fed
 * by the ingress mirrors of every access port). Not thread-safe.
 */
public final class CaptureSink implements PacketSink {
    private final CaptureWriter writer;

    public CaptureSink(CaptureWriter writer) {
        this.writer = writer;
    }

    @Override
    public void accept(long timeNanos, FrameBuffer frame, Endpoint from, Endpoint to) {
        try {
            writer.write(timeNanos, frame.data(), 0, frame.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
