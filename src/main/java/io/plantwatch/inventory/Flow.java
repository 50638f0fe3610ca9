package io.plantwatch.inventory;

import io.plantwatch.decode.FlowDecoder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    /** Protocol names in first-seen order; a handful at most, so an array scanned by identity. */
    private String[] protocolNames;
    private int protocolCount;
    Set<String> commands;
    FlowRoles roles;

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

    void addProtocol(String name) {
        for (int i = 0; i < protocolCount; i++) {
            if (protocolNames[i] == name) {
                return; // decoders name protocols with constants: identity is the common hit
            }
        }
        for (int i = 0; i < protocolCount; i++) {
            if (protocolNames[i].equals(name)) {
                return;
            }
        }
        if (protocolNames == null) {
            protocolNames = new String[4];
        } else if (protocolCount == protocolNames.length) {
            protocolNames = java.util.Arrays.copyOf(protocolNames, protocolCount * 2);
        }
        protocolNames[protocolCount++] = name;
    }

    /** The application protocols seen, in first-seen order. */
    List<String> protocols() {
        return protocolCount == 0 ? List.of() : List.of(java.util.Arrays.copyOf(protocolNames, protocolCount));
    }

    void addRole(String protocol, boolean endA, io.plantwatch.decode.Role role) {
        if (roles == null) {
            roles = new FlowRoles();
        }
        roles.add(protocol, endA, role);
    }

    void addCommand(String command) {
        if (commands == null) {
            commands = new LinkedHashSet<>(8);
        }
        if (commands.size() < MAX_COMMANDS) {
            commands.add(command);
        }
    }
}
