package io.plantwatch.testing;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.ProtocolDecoder;

/**
 * Runs one protocol decoder on the packets of one flow, as the traffic collector does (the first
 * packets may be declined), recording what it observes. Not thread-safe.
 */
public final class DecoderHarness {
    public final RecordingObservations out = new RecordingObservations();
    private final ProtocolDecoder protocol;
    private FlowDecoder flow;

    public DecoderHarness(ProtocolDecoder protocol) {
        this.protocol = protocol;
    }

    public DecoderHarness feed(Packet packet) {
        if (flow == null) {
            flow = protocol.forFlow(packet);
        }
        if (flow != null) {
            flow.onPacket(packet, out);
        }
        return this;
    }

    public boolean claimed() {
        return flow != null;
    }
}
