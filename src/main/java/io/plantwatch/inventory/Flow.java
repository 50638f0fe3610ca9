package io.plantwatch.inventory;

import io.plantwatch.decode.FlowDecoder;

import java.util.List;

/**
 * The state of one transport conversation (5-tuple), or of one IP pair for protocols without
 * ports. Endpoints are held in canonical order (A sorts before B) so both directions meet in one
 * flow. Mutated only by the pipeline thread. Not thread-safe.
 */
final class Flow {
    /** Protocol slot for IP fragments that carry no transport header of their own. */
    static final int FRAGMENTS = 256;
    /** No MAC seen yet for an end (distinct from {@link io.plantwatch.decode.MacAddress#NONE}). */
    static final long UNSET = Long.MIN_VALUE;
    private static final int MAX_COMMANDS = 64;
    private static final int MAX_DECODER_ATTEMPTS = 4;

    // key
    final boolean v6;
    final long aHi;
    final long aLo;
    final long bHi;
    final long bLo;
    final int aPort;
    final int bPort;
    final int protocol;
    final int hash;
    /** Creation order: flows are created by their first packet, so this is first-seen order. */
    final long sequence;

    // counters
    long packets;
    long bytes;
    long packetsFromA;
    long packetsFromB;
    long firstSeen;
    long lastSeen;
    /** True when the first packet went from A to B. */
    boolean firstFromA;

    // TCP handshake
    boolean synFromA;
    boolean synFromB;
    boolean synAckFromA;
    boolean synAckFromB;

    // addresses: a fingerprint of the (source, destination) MACs of the last frame each end sent,
    // so the packet path compares one field; bindings are looked up only when it changes. Frame
    // counts per binding come from the flow's counters at build time.
    long macsFromA = UNSET;
    long macsFromB = UNSET;
    Binding srcBindingA;
    Binding dstBindingA;
    Binding srcBindingB;
    Binding dstBindingB;

    // application layer
    FlowDecoder decoder;
    int decoderAttempts;
    /**
     * Application protocols: numbers below 64 ({@link ProtocolIds}) as bits, so a repeat is told
     * from the flow's own fields without following a reference; the names in order, made with
     * the first.
     */
    private long protocolBits;
    private FlowNames protocolNames;
    /** Command names, created with the first. */
    private FlowNames commands;
    /**
     * Roles: those of the first protocol that had any inline (one protocol is the common case,
     * and an object per flow for it cost memory and collector time), any others in {@code moreRoles}.
     */
    private String roleProtocol;
    private int roleBits;
    private FlowRoles moreRoles;

    Flow(boolean v6, long aHi, long aLo, long bHi, long bLo, int aPort, int bPort, int protocol, int hash,
         long sequence) {
        this.sequence = sequence;
        this.v6 = v6;
        this.aHi = aHi;
        this.aLo = aLo;
        this.bHi = bHi;
        this.bLo = bLo;
        this.aPort = aPort;
        this.bPort = bPort;
        this.protocol = protocol;
        this.hash = hash;
    }

    boolean matches(boolean v6, long aHi, long aLo, long bHi, long bLo, int aPort, int bPort, int protocol) {
        return this.aLo == aLo && this.bLo == bLo && this.aPort == aPort && this.bPort == bPort
                && this.aHi == aHi && this.bHi == bHi && this.protocol == protocol && this.v6 == v6;
    }

    /** The two ends as shared hosts; set by the collector with the flow's first packet. */
    Host hostA;
    Host hostB;

    boolean hasPorts() {
        return protocol == 6 || protocol == 17;
    }

    boolean mayTryDecoder() {
        return decoder == null && decoderAttempts < MAX_DECODER_ATTEMPTS;
    }

    void addProtocol(int id, String name) {
        if (id < Long.SIZE) {
            long bit = 1L << id;
            if ((protocolBits & bit) != 0) {
                return;
            }
            protocolBits |= bit;
        }
        if (protocolNames == null) {
            protocolNames = new FlowNames(Integer.MAX_VALUE);
        }
        protocolNames.add(name);
    }

    /** The application protocols seen, in first-seen order. */
    List<String> protocols() {
        return protocolNames == null ? List.of() : protocolNames.toList();
    }

    /** The commands seen, in first-seen order, at most {@value #MAX_COMMANDS}. */
    List<String> commands() {
        return commands == null ? List.of() : commands.toList();
    }

    void addRole(String protocol, boolean endA, io.plantwatch.decode.Role role) {
        int bit = FlowRoles.bit(endA, role);
        if (roleProtocol == null) {
            roleProtocol = protocol;
            roleBits = bit;
        } else if (roleProtocol == protocol || roleProtocol.equals(protocol)) {
            roleBits |= bit;
        } else {
            if (moreRoles == null) {
                moreRoles = new FlowRoles();
            }
            moreRoles.add(protocol, bit);
        }
    }

    /** Every role noted, one call per protocol, end and role. */
    void forEachRole(java.util.function.Consumer<FlowRoles.Note> action) {
        if (roleProtocol != null) {
            FlowRoles.forEach(roleProtocol, roleBits, action);
        }
        if (moreRoles != null) {
            moreRoles.forEach(action);
        }
    }

    void addCommand(String command) {
        if (commands == null) {
            commands = new FlowNames(MAX_COMMANDS);
        }
        commands.add(command);
    }
}
