package io.plantwatch.decode;

/**
 * A protocol carried directly in link-layer frames (LLDP, CDP, Profinet DCP, STP). Stateless and
 * thread-safe.
 */
public interface FrameDecoder {

    /** Decodes the frame if it is this decoder's; false when it is not. */
    boolean decode(Packet packet, Observations out);
}
