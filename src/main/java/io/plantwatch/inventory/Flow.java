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
    /**
     * The host-name activity this flow last put in the collector's set of names reported (by
     * identity: decoders reuse theirs while the name repeats), from which end, and in which
     * generation of the set: while all three hold, a repeat needs no lookup.
     */
    io.plantwatch.decode.Activity hostNameReported;
    boolean hostNameFromA;
    int hostNameGeneration;
    int decoderAttempts;
    /**
     * Application protocols: numbers below 64 ({@link ProtocolIds}) as bits, so a repeat is told
     * from the flow's own fields without following a reference; the names in first-seen order,
     * the first three here (most flows have one to three, and an object or two per flow for them
     * cost memory and collector time), any others in {@code moreProtocols}.
     */
    private long protocolBits;
    /** Set when a protocol numbered 64 or more was added: then the bits do not tell them all. */
    private boolean protocolsBeyondBits;
    private String protocol0;
    private String protocol1;
    private String protocol2;
    private FlowNames moreProtocols;
    /** Commands in first-seen order: the first here (most flows repeat one), the others in {@code moreCommands}. */
    private String command0;
    private FlowNames moreCommands;
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
        } else if (name.equals(protocol0) || name.equals(protocol1) || name.equals(protocol2)) {
            return;
        } else {
            protocolsBeyondBits = true;
        }
        if (protocol0 == null) {
            protocol0 = name;
        } else if (protocol1 == null) {
            protocol1 = name;
        } else if (protocol2 == null) {
            protocol2 = name;
        } else {
            if (moreProtocols == null) {
                moreProtocols = new FlowNames(Integer.MAX_VALUE);
            }
            moreProtocols.add(name);
        }
    }

    /**
     * The numbers ({@link ProtocolIds}) below 64 of the protocols seen, as bits; all of them when
     * {@link #protocolsAllInBits}.
     */
    long protocolBits() {
        return protocolBits;
    }

    /** Whether {@link #protocolBits} names every protocol of the flow. */
    boolean protocolsAllInBits() {
        return !protocolsBeyondBits;
    }

    /** The application protocols seen, in first-seen order. */
    List<String> protocols() {
        if (protocol0 == null) {
            return List.of();
        }
        if (moreProtocols == null) {
            return protocol1 == null ? List.of(protocol0)
                    : protocol2 == null ? List.of(protocol0, protocol1) : List.of(protocol0, protocol1, protocol2);
        }
        List<String> all = new java.util.ArrayList<>(List.of(protocol0, protocol1, protocol2));
        all.addAll(moreProtocols.toList());
        return List.copyOf(all);
    }

    /** The commands seen, in first-seen order, at most {@value #MAX_COMMANDS}. */
    List<String> commands() {
        if (command0 == null) {
            return List.of();
        }
        if (moreCommands == null) {
            return List.of(command0);
        }
        List<String> all = new java.util.ArrayList<>(List.of(command0));
        all.addAll(moreCommands.toList());
        return List.copyOf(all);
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

    /** The protocol of the roles held inline (the first that had any), or null. */
    String roleProtocol() {
        return roleProtocol;
    }

    /** The inline roles as {@link FlowRoles#bit} bits: end A's in the low half, end B's in the high half. */
    int roleBits() {
        return roleBits;
    }

    /** The roles of protocols other than {@link #roleProtocol}, one call per protocol, end and role. */
    void forEachMoreRole(java.util.function.Consumer<FlowRoles.Note> action) {
        if (moreRoles != null) {
            moreRoles.forEach(action);
        }
    }

    void addCommand(String command) {
        if (command == null || command == command0) {
            return;
        }
        if (command0 == null) {
            command0 = command;
        } else if (!command0.equals(command)) {
            if (moreCommands == null) {
                moreCommands = new FlowNames(MAX_COMMANDS - 1);
            }
            moreCommands.add(command);
        }
    }
}
