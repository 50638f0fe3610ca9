package io.plantwatch.decode.codes;

import io.plantwatch.decode.Packet;

/**
 * The two directions of one TCP or UDP flow, each with its own state (an assembler, a
 * reassembler), told apart by the first packet's source address and port. Not thread-safe.
 *
 * @param <T> the per-direction state
 */
public final class Directions<T> {
    private final long firstSourceHi;
    private final long firstSourceLo;
    private final int firstSourcePort;
    private final T fromFirstSource;
    private final T toFirstSource;

    public Directions(Packet first, T fromFirstSource, T toFirstSource) {
        this.firstSourceHi = first.srcIpHi();
        this.firstSourceLo = first.srcIpLo();
        this.firstSourcePort = first.srcPort();
        this.fromFirstSource = fromFirstSource;
        this.toFirstSource = toFirstSource;
    }

    /** The state of the direction this packet travels in. */
    public T of(Packet packet) {
        return isFrom(packet, firstSourceHi, firstSourceLo, firstSourcePort) ? fromFirstSource : toFirstSource;
    }

    /**
     * Whether the packet comes from this address and port: for the hottest flow decoders, which
     * keep the first source in their own fields rather than follow one more reference per packet.
     */
    public static boolean isFrom(Packet packet, long hi, long lo, int port) {
        return packet.srcPort() == port && packet.srcIpLo() == lo && packet.srcIpHi() == hi;
    }
}
