package io.plantwatch.inventory;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.IpAddress;
import io.plantwatch.decode.Layer;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Receives what decoders say about the frame in hand and files it: protocols and functions into
 * statistics, commands and roles onto the flow, identities into per-address facts, activities into
 * a bounded log. Reused for every frame. Not thread-safe.
 */
final class FrameObserver implements Observations {
    static final int MAX_ACTIVITIES = 100_000;
    private static final int MAX_PROTOCOLS_PER_FRAME = 16;

    private final ProtocolStatistics statistics;
    private final FunctionCounts functions;
    private final Map<Subject, DeviceFacts> facts = new HashMap<>();
    private final List<ObservedActivity> activities = new ArrayList<>();
    private long activitiesDropped;
    private final Map<String, long[]> malformedByProtocol = new HashMap<>();
    /** Protocol and ends already reported as a violation: detection needs the first, not a flood. */
    private final java.util.Set<String> violationsReported = new java.util.HashSet<>();
    private static final int MAX_VIOLATION_KEYS = 10_000;
    /**
     * Host names each client asked for since the activities were last drained: a client resolves
     * the same name over and over, and detection needs it once per step, not once per query (a
     * flood of them would crowd out the activities that matter in the bounded log).
     */
    private final java.util.Set<HostNameKey> hostNamesReported = new java.util.HashSet<>();

    /** A client and a name it asked for: a record, not a joined string, so a repeat builds no text. */
    private record HostNameKey(long sourceHi, long sourceLo, String name) {
    }

    /**
     * Counts the clearings of {@link #hostNamesReported}: a flow that put a key in since the last
     * one knows it is still there (see {@link Flow#hostNameReported}) and skips the lookup.
     */
    private int hostNameGeneration;
    private static final int MAX_HOST_NAME_KEYS = 10_000;

    private Packet packet;
    private Flow flow;
    private boolean sourceIsA;
    /** The frame's application protocols so far, by {@link ProtocolIds} number. */
    private final int[] frameProtocols = new int[MAX_PROTOCOLS_PER_FRAME];
    private int frameProtocolCount;
    /** The protocol the packet decoder named for the frame (CDP), else null; see {@link #currentProtocolId}. */
    private String currentProtocol;
    /**
     * The number ({@link ProtocolIds}) of the protocol a decoder named last in this frame, or -1.
     * A number, not the name: a reference stored into this long-lived object passes the collector's
     * write barrier (a memory fence) each time, and decoders name a protocol or three per PDU.
     */
    private int currentProtocolId = -1;
    private boolean frameMalformed;

    FrameObserver(ProtocolStatistics statistics, FunctionCounts functions) {
        this.statistics = statistics;
        this.functions = functions;
    }

    void begin(Packet packet) {
        this.packet = packet;
        this.flow = null;
        this.frameProtocolCount = 0;
        // Link-layer protocols the packet decoder names itself (CDP) are not announced by their
        // decoders, so identities from them need the name here.
        this.currentProtocol = packet.has(Layer.CDP) ? Layer.CDP.wiresharkName() : null;
        this.currentProtocolId = -1;
        this.frameMalformed = packet.malformed() != null;
    }

    void flow(Flow flow, boolean sourceIsA) {
        this.flow = flow;
        this.sourceIsA = sourceIsA;
    }

    /** Ends the frame; returns true when some layer of it was malformed. */
    boolean end() {
        int bytes = packet.wireLength();
        for (int i = 0; i < frameProtocolCount; i++) {
            statistics.application(frameProtocols[i], bytes);
        }
        return frameMalformed;
    }

    @Override
    public void protocol(String name) {
        int id = statistics.applicationId(name);
        currentProtocolId = id;
        for (int i = 0; i < frameProtocolCount; i++) {
            if (frameProtocols[i] == id) {
                return;
            }
        }
        if (frameProtocolCount < MAX_PROTOCOLS_PER_FRAME) {
            frameProtocols[frameProtocolCount++] = id;
        }
        if (flow != null) {
            flow.addProtocol(id, name);
        } else if (packet.srcMac() != -1) {
            facts(Subject.ofMac(packet.srcMac())).protocols.add(name);
        }
    }

    @Override
    public void function(String key, int code) {
        functions.add(key, code);
    }

    @Override
    public void command(String protocol, String command) {
        if (flow != null) {
            flow.addCommand(command);
        }
    }

    @Override
    public void identity(Side side, Identity field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        DeviceFacts facts = flow != null ? factsOfEnd(side) : factsOrNull(subject(side));
        if (facts != null) {
            facts.identity(field, value.strip(), currentProtocol(), packet.timestampNanos());
        }
    }

    /**
     * The facts of an end of the flow in hand, held by its host once looked up: the same address
     * as {@link #subject}'s, without making a subject and hashing it for every statement.
     */
    private DeviceFacts factsOfEnd(Side side) {
        Host host = (side == Side.SOURCE) == sourceIsA ? flow.hostA : flow.hostB;
        DeviceFacts facts = host.facts;
        if (facts == null) {
            facts = facts(Subject.ofIp(host.ip));
            host.facts = facts;
        }
        return facts;
    }

    private DeviceFacts factsOrNull(Subject subject) {
        return subject == null ? null : facts(subject);
    }

    @Override
    public void identityOfMac(long mac, Identity field, String value) {
        if (value == null || value.isBlank() || mac == -1) {
            return;
        }
        facts(Subject.ofMac(mac)).identity(field, value.strip(), currentProtocol(), packet.timestampNanos());
    }

    @Override
    public void role(Side side, String protocol, Role role) {
        if (flow != null) {
            flow.addRole(protocol, (side == Side.SOURCE) == sourceIsA, role);
            return;
        }
        Subject subject = subject(side);
        if (subject != null) {
            facts(subject).role(protocol, role);
        }
    }

    @Override
    public void activity(Activity activity) {
        if (activity.type() == io.plantwatch.decode.ActivityType.HOST_NAME && !firstHostName(activity)) {
            return;
        }
        if (activities.size() >= MAX_ACTIVITIES) {
            activitiesDropped++;
            return;
        }
        activities.add(new ObservedActivity(packet.timestampNanos(), packet.srcMac(), packet.srcIp(),
                packet.dstMac(), packet.dstIp(), activity));
    }

    @Override
    public void malformed(String protocol, String reason) {
        frameMalformed = true;
        long[] count = malformedByProtocol.computeIfAbsent(protocol, p -> new long[1]);
        count[0]++;
        violation(protocol, reason);
    }

    private boolean firstHostName(Activity activity) {
        Flow f = flow;
        if (f != null && f.hostNameReported == activity && f.hostNameFromA == sourceIsA
                && f.hostNameGeneration == hostNameGeneration) {
            return false; // this flow's source put this very name in the set, and it was not cleared since
        }
        if (hostNamesReported.size() >= MAX_HOST_NAME_KEYS) {
            hostNamesReported.clear();
            hostNameGeneration++;
        }
        boolean first = hostNamesReported.add(new HostNameKey(packet.srcIpHi(), packet.srcIpLo(), activity.detail()));
        if (f != null) {
            f.hostNameReported = activity;
            f.hostNameFromA = sourceIsA;
            f.hostNameGeneration = hostNameGeneration;
        }
        return first;
    }

    /** The protocol a decoder named last in this frame, else the one the packet decoder named, else null. */
    private String currentProtocol() {
        return currentProtocolId >= 0 ? statistics.applicationName(currentProtocolId) : currentProtocol;
    }

    /** The first malformed PDU of a protocol between two ends becomes a protocol-violation activity. */
    private void violation(String protocol, String reason) {
        if (packet == null) {
            return;
        }
        String key = protocol + '|' + packet.srcMac() + '|' + packet.srcIpHi() + '|' + packet.srcIpLo() + '|'
                + packet.dstMac() + '|' + packet.dstIpHi() + '|' + packet.dstIpLo();
        if (violationsReported.size() >= MAX_VIOLATION_KEYS) {
            violationsReported.clear();
        }
        if (violationsReported.add(key)) {
            activity(new Activity(protocol, io.plantwatch.decode.ActivityType.PROTOCOL_VIOLATION, reason));
        }
    }

    private Subject subject(Side side) {
        if (packet.ipVersion() != 0) {
            return Subject.ofIp(side == Side.SOURCE ? packet.srcIp() : packet.dstIp());
        }
        long mac = side == Side.SOURCE ? packet.srcMac() : packet.dstMac();
        return mac == -1 ? null : Subject.ofMac(mac);
    }

    private DeviceFacts facts(Subject subject) {
        return facts.computeIfAbsent(subject, s -> new DeviceFacts());
    }

    /** Facts for an address, created when absent (used when the builder folds flow roles in). */
    DeviceFacts factsFor(IpAddress ip) {
        return facts(Subject.ofIp(ip));
    }

    Map<Subject, DeviceFacts> facts() {
        return facts;
    }

    List<ObservedActivity> activities() {
        return activities;
    }

    /** The activities so far, handed over and cleared. */
    List<ObservedActivity> drainActivities() {
        List<ObservedActivity> drained = List.copyOf(activities);
        activities.clear();
        hostNamesReported.clear();
        hostNameGeneration++; // the next step hears each name again (a TI package may have come since)
        return drained;
    }

    long activitiesDropped() {
        return activitiesDropped;
    }

    Map<String, long[]> malformedByProtocol() {
        return malformedByProtocol;
    }
}
