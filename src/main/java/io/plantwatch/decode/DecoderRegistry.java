package io.plantwatch.decode;

import java.util.List;

/**
 * The application decoders a pipeline uses. Immutable and thread-safe; built once at the
 * composition root ({@link #standard()} for the product, smaller sets in tests).
 */
public final class DecoderRegistry {
    private final ProtocolDecoder[] protocols;
    private final FrameDecoder[] frames;

    public DecoderRegistry(List<ProtocolDecoder> protocols, List<FrameDecoder> frames) {
        this.protocols = protocols.toArray(ProtocolDecoder[]::new);
        this.frames = frames.toArray(FrameDecoder[]::new);
    }

    /** Every decoder Plantwatch has. */
    public static DecoderRegistry standard() {
        return StandardDecoders.registry();
    }

    /** No application decoders: link to transport layers only. */
    public static DecoderRegistry none() {
        return new DecoderRegistry(List.of(), List.of());
    }

    /** The first decoder that claims the packet's flow, or null. */
    public FlowDecoder decoderFor(Packet packet) {
        for (ProtocolDecoder protocol : protocols) {
            FlowDecoder decoder = protocol.forFlow(packet);
            if (decoder != null) {
                return decoder;
            }
        }
        return null;
    }

    /** Offers a non-IP frame to the frame decoders until one takes it. */
    public void decodeFrame(Packet packet, Observations out) {
        for (FrameDecoder frame : frames) {
            if (frame.decode(packet, out)) {
                return;
            }
        }
    }
}
