package io.plantwatch.inventory;

import io.plantwatch.capture.CaptureProblem;
import io.plantwatch.capture.Frame;
import io.plantwatch.capture.FrameHandler;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.decode.IpProtocol;
import io.plantwatch.decode.Layer;
import io.plantwatch.decode.MacAddress;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PacketDecoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The per-frame engine shared by {@code analyze} and the sensor: decodes each frame, tracks flows
 * and address bindings, runs application decoders, and keeps the statistics an inventory is built
 * from ({@link InventoryBuilder}). Everything runs on the thread that delivers frames.
 * Not thread-safe.
 */
public final class TrafficCollector implements FrameHandler {
    private static final int MAX_PROBLEMS = 1000;

    private final DecoderRegistry decoders;
    private final PacketDecoder packetDecoder = new PacketDecoder();
    /** The flow of the previous IP packet: bursts of one conversation skip the table lookup. */
    private Flow lastFlow;
    final FlowTable flows = new FlowTable();
    final AddressBook addresses = new AddressBook();
    final HostTable hosts = new HostTable();
    final ProtocolStatistics statistics = new ProtocolStatistics();
    final FunctionCounts functions = new FunctionCounts();
    final FrameObserver observer = new FrameObserver(statistics, functions);
    private final ArpRequests arpRequests = new ArpRequests();

    long packets;
    long bytes;
    long firstSeen = Long.MAX_VALUE;
    long lastSeen = Long.MIN_VALUE;
    long malformed;
    final Set<String> linkTypes = new TreeSet<>();
    private int lastLinkType = Integer.MIN_VALUE;
    final List<CaptureProblem> problems = new ArrayList<>();

    public TrafficCollector(DecoderRegistry decoders) {
        this.decoders = decoders;
    }

    @Override
    public void onFrame(Frame frame) {
        packets++;
        bytes += frame.originalLength();
        long time = frame.timestampNanos();
        if (time < firstSeen) {
            firstSeen = time;
        }
        if (time > lastSeen) {
            lastSeen = time;
        }
        if (frame.linkType() != lastLinkType) {
            lastLinkType = frame.linkType();
            linkTypes.add(io.plantwatch.capture.LinkType.name(lastLinkType));
        }
        Packet p = packetDecoder.decode(frame);
        observer.begin(p);
        if (p.ipVersion() != 0) {
            ipPacket(p, time);
        } else {
            linkFrame(p, time);
        }
        statistics.layers(p.layers(), frame.originalLength());
        if (observer.end()) {
            malformed++;
        }
    }

    @Override
    public void onProblem(CaptureProblem problem) {
        malformed++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    private void ipPacket(Packet p, long time) {
        boolean v6 = p.ipVersion() == 6;
        long sHi = p.srcIpHi();
        long sLo = p.srcIpLo();
        long dHi = p.dstIpHi();
        long dLo = p.dstIpLo();
        int protocol;
        int sPort = 0;
        int dPort = 0;
        boolean ports = p.srcPort() >= 0 && (p.isTcp() || p.isUdp());
        if (ports) {
            protocol = p.ipProtocol();
            sPort = p.srcPort();
            dPort = p.dstPort();
        } else if (p.fragment() || p.ipProtocol() == IpProtocol.TCP || p.ipProtocol() == IpProtocol.UDP) {
            protocol = Flow.FRAGMENTS; // no transport header in this frame
        } else {
            protocol = p.ipProtocol() & 0xFF;
        }
        boolean sourceIsA;
        Flow flow;
        if (lastFlow != null && protocol == lastFlow.protocol && v6 == lastFlow.v6 && matchesLast(sHi, sLo, dHi, dLo, sPort, dPort)) {
            flow = lastFlow; // a burst of one conversation: the common case, no lookup
            sourceIsA = sLo == flow.aLo && sHi == flow.aHi && sPort == flow.aPort;
        } else {
            int order = Long.compareUnsigned(sHi, dHi);
            if (order == 0) {
                order = Long.compareUnsigned(sLo, dLo);
            }
            if (order == 0) {
                order = Integer.compare(sPort, dPort);
            }
            sourceIsA = order <= 0;
            flow = sourceIsA
                    ? flows.get(v6, sHi, sLo, dHi, dLo, sPort, dPort, protocol)
                    : flows.get(v6, dHi, dLo, sHi, sLo, dPort, sPort, protocol);
            lastFlow = flow;
        }
        int length = p.wireLength();
        if (flow.packets == 0) {
            flow.firstSeen = time;
            flow.firstFromA = sourceIsA;
            flow.hostA = hosts.host(flow.aHi, flow.aLo, v6);
            flow.hostB = hosts.host(flow.bHi, flow.bLo, v6);
        }
        flow.packets++;
        flow.bytes += length;
        if (time > flow.lastSeen) {
            flow.lastSeen = time;
        }
        long srcMac = p.srcMac();
        long dstMac = p.dstMac();
        long macs = srcMac * 0x9E3779B97F4A7C15L + dstMac;
        if (sourceIsA) {
            flow.packetsFromA++;
            if (macs != flow.macsFromA) {
                flow.macsFromA = macs;
                flow.srcBindingA = bind(srcMac, sHi, sLo, v6, time, true);
                flow.dstBindingB = bind(dstMac, dHi, dLo, v6, time, false);
            }
        } else {
            flow.packetsFromB++;
            if (macs != flow.macsFromB) {
                flow.macsFromB = macs;
                flow.srcBindingB = bind(srcMac, sHi, sLo, v6, time, true);
                flow.dstBindingA = bind(dstMac, dHi, dLo, v6, time, false);
            }
        }
        if (protocol == IpProtocol.TCP) {
            handshake(flow, p.tcpFlags(), sourceIsA);
        }
        if (ports) {
            observer.flow(flow, sourceIsA);
            if (flow.mayTryDecoder() && (flow.packets == 1 || p.payloadLength() > 0)) {
                flow.decoder = decoders.decoderFor(p);
                if (flow.decoder == null && p.payloadLength() > 0) {
                    flow.decoderAttempts++;
                }
            }
            if (flow.decoder != null) {
                flow.decoder.onPacket(p, observer);
            }
        }
    }

    /** Whether a packet's addresses and ports are those of the last flow, in either direction. */
    private boolean matchesLast(long sHi, long sLo, long dHi, long dLo, int sPort, int dPort) {
        Flow f = lastFlow;
        return (sLo == f.aLo && dLo == f.bLo && sPort == f.aPort && dPort == f.bPort && sHi == f.aHi && dHi == f.bHi)
                || (sLo == f.bLo && dLo == f.aLo && sPort == f.bPort && dPort == f.aPort && sHi == f.bHi && dHi == f.aHi);
    }

    private static void handshake(Flow flow, int flags, boolean fromA) {
        if ((flags & Packet.SYN) == 0) {
            return;
        }
        boolean ack = (flags & Packet.ACK) != 0;
        if (fromA) {
            if (ack) {
                flow.synAckFromA = true;
            } else {
                flow.synFromA = true;
            }
        } else if (ack) {
            flow.synAckFromB = true;
        } else {
            flow.synFromB = true;
        }
    }

    /**
     * The binding of an end's IP to the MAC its frames carried, or null when the MAC says nothing
     * about who owns the IP (group addresses; no MAC at all for a destination).
     */
    private Binding bind(long mac, long hi, long lo, boolean v6, long time, boolean asSource) {
        if (mac == 0) {
            mac = MacAddress.NONE; // anonymised or loopback captures zero the MACs: as good as none
        } else if (mac != MacAddress.NONE && !MacAddress.isUnicast(mac)) {
            return null;
        }
        if (mac == MacAddress.NONE && !asSource) {
            return null;
        }
        Binding b = addresses.binding(mac, hi, lo, v6, time);
        b.seen(time, asSource);
        return b;
    }

    private void linkFrame(Packet p, long time) {
        addresses.macSeen(p.srcMac(), time);
        addresses.macSeen(p.dstMac(), time);
        if (p.arpOperation() != 0 && p.arpSenderIp() != 0 && MacAddress.isUnicast(p.arpSenderMac())) {
            addresses.arpClaim(p.arpSenderMac(), p.arpSenderIp(), time);
        }
        if (p.arpOperation() == 1) {
            arpRequests.request(p.arpSenderMac(), p.arpSenderIp(), p.arpTargetIp(), time);
        }
        if (p.has(Layer.ETH) || p.has(Layer.SLL)) {
            decoders.decodeFrame(p, observer);
        }
    }

    public long packets() {
        return packets;
    }

    /** Wire bytes of all frames ({@code frame.len} summed). */
    public long bytes() {
        return bytes;
    }

    /** Epoch nanoseconds of the earliest frame, or 0 before any. */
    public long firstSeen() {
        return packets == 0 ? 0 : firstSeen;
    }

    public long lastSeen() {
        return packets == 0 ? 0 : lastSeen;
    }

    public List<String> linkTypes() {
        return List.copyOf(linkTypes);
    }

    /** Damaged records plus frames in which some layer could not be decoded. */
    public long malformed() {
        return malformed;
    }

    public int flowCount() {
        return flows.size();
    }

    public List<CaptureProblem> problems() {
        return problems;
    }

    /**
     * The activities decoders reported since the last call, oldest first, handed over and
     * forgotten: a long-running sensor would otherwise fill the bounded activity log.
     */
    public List<ObservedActivity> drainActivities() {
        return observer.drainActivities();
    }

    /** Every ARP statement "IP is at MAC" seen so far, with how often it was made. */
    public List<ArpClaimSummary> arpClaims() {
        List<ArpClaimSummary> claims = new ArrayList<>();
        addresses.arpClaims().forEach((claim, counts) ->
                claims.add(new ArpClaimSummary(claim.mac(), claim.ip(), counts[0], counts[1])));
        return claims;
    }

    /** Per ARP sender, when it first asked for each distinct address (for ARP sweep detection). */
    public List<ArpSweepSummary> arpSweeps() {
        return arpRequests.summaries();
    }

    /**
     * Forgets the flows whose last packet is older than {@code idleBefore} (epoch nanoseconds) and
     * returns them as connections, so a long-running sensor keeps memory bounded. Flows of IP
     * fragments are dropped without a connection. Later snapshots no longer count the expired
     * flows; addresses, facts and statistics stay.
     */
    public List<Connection> expireFlows(long idleBefore) {
        lastFlow = null; // it may be forgotten now: the conversation's next packet must not count into it
        List<Connection> expired = new ArrayList<>();
        for (Flow flow : flows.removeIf(f -> f.lastSeen < idleBefore)) {
            if (flow.protocol != Flow.FRAGMENTS) {
                expired.add(InventoryBuilder.connection(flow, FlowRole.of(flow)));
            }
        }
        return expired;
    }
}
