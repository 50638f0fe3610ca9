package io.plantwatch.simulate.traffic;

import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.Routing;

/**
 * What conversations write with: the one reusable frame, the routing of the plant, the sink, and
 * the time by which every session must be closing. Not thread-safe (one per simulation run).
 */
public final class Traffic {
    private final FrameBuffer frame = new FrameBuffer();
    private final PacketSink sink;
    private final Routing routing;
    private final long closeAt;
    private long packets;

    public Traffic(PacketSink sink, Routing routing, long closeAt) {
        this.sink = sink;
        this.routing = routing;
        this.closeAt = closeAt;
    }

    public FrameBuffer frame() {
        return frame;
    }

    public Routing routing() {
        return routing;
    }

    /** Sessions whose next message would come after this time close instead. */
    public long closeAt() {
        return closeAt;
    }

    /** Hands the finished frame to the sink. */
    public void send(long time, Endpoint from, Endpoint to) {
        sink.accept(time, frame, from, to);
        packets++;
    }

    public long packets() {
        return packets;
    }
}
