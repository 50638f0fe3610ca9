package io.plantwatch.decode;

/**
 * An application protocol that runs over TCP or UDP. Stateless and thread-safe: it only decides
 * whether a flow carries its protocol and makes a {@link FlowDecoder} for it.
 */
public interface ProtocolDecoder {

    /** Wireshark's name for the protocol ("modbus", "s7comm"). */
    String name();

    /**
     * A decoder for the flow this packet belongs to, or null when the flow is not this protocol.
     * Called for a flow's first packet and again for its first few packets with payload while no
     * decoder has claimed it, so both port rules and payload heuristics work.
     */
    FlowDecoder forFlow(Packet packet);
}
