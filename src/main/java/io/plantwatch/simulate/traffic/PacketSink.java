package io.plantwatch.simulate.traffic;

import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.FrameBuffer;

/** Where finished frames go, with who sent them to whom (so a zone sink can route them). */
public interface PacketSink {

    /** Takes the finished frame in {@code frame}; must copy what it keeps. */
    void accept(long timeNanos, FrameBuffer frame, Endpoint from, Endpoint to);
}
