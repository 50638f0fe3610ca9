package io.plantwatch.decode;

/**
 * Decodes one application protocol on one TCP or UDP flow. An instance belongs to a single flow
 * and may keep that flow's parsing state (reassembly buffers, pending requests); it must stay
 * small and bounded. Must never throw on bad input: report {@link Observations#malformed}.
 */
public interface FlowDecoder {

    /** One segment or datagram of the flow, in capture order; the payload may be empty. */
    void onPacket(Packet packet, Observations out);
}
