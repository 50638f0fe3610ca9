package io.plantwatch.detect.evidence;

import io.plantwatch.capture.Frame;
import io.plantwatch.decode.MacAddress;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PacketDecoder;
import io.plantwatch.detect.Alert;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the packets that raised an alert out of the recent ones: those between the alert's ends
 * (either way) from {@link #BEFORE_NANOS} before the alert until its last sighting. An alert with
 * two ends takes packets between both; one with a single end (a scan, a new device) takes that
 * end's packets. ARP spoofing names its MACs and the claimed address: packets of any of them. At
 * most {@link #MAX_PACKETS}. Not thread-safe (one decoder is reused).
 */
public final class EvidenceSelector {
    public static final long BEFORE_NANOS = 5_000_000_000L;
    public static final int MAX_PACKETS = 1000;

    private final PacketDecoder decoder = new PacketDecoder();
    private final Frame frame = new Frame();

    public List<EvidencePacket> select(Alert alert, List<EvidencePacket> recent) {
        Set<String> sources = ends(alert.source());
        Set<String> destinations = ends(alert.destination());
        boolean anyEnd = sources.size() > 1 || destinations.isEmpty() || sources.isEmpty();
        Set<String> all = new HashSet<>(sources);
        all.addAll(destinations);
        List<EvidencePacket> chosen = new ArrayList<>();
        long from = alert.time() - BEFORE_NANOS;
        long until = Math.max(alert.time(), alert.lastSeen());
        for (EvidencePacket p : recent) {
            if (p.time() < from || p.time() > until) {
                continue;
            }
            List<String> addresses = addresses(p);
            if (addresses.isEmpty()) {
                continue;
            }
            boolean match;
            if (anyEnd) {
                match = addresses.stream().anyMatch(all::contains);
            } else {
                match = between(addresses, sources, destinations);
            }
            if (match) {
                chosen.add(p);
                if (chosen.size() == MAX_PACKETS) {
                    break;
                }
            }
        }
        return chosen;
    }

    /** Source IP, destination IP, source MAC, destination MAC as text (IPs absent for non-IP frames). */
    private List<String> addresses(EvidencePacket p) {
        frame.set(ByteBuffer.wrap(p.data()), 0, p.data().length, p.originalLength(), p.time(), p.linkType(), 0);
        Packet packet = decoder.decode(frame);
        List<String> out = new ArrayList<>(4);
        if (packet.ipVersion() != 0) {
            out.add(packet.srcIp().toString());
            out.add(packet.dstIp().toString());
        }
        if (packet.srcMac() != MacAddress.NONE) {
            out.add(MacAddress.toString(packet.srcMac()));
        }
        if (packet.dstMac() != MacAddress.NONE) {
            out.add(MacAddress.toString(packet.dstMac()));
        }
        return out;
    }

    private static boolean between(List<String> addresses, Set<String> a, Set<String> b) {
        boolean hasA = false;
        boolean hasB = false;
        for (String s : addresses) {
            hasA |= a.contains(s);
            hasB |= b.contains(s);
        }
        return hasA && hasB;
    }

    private static Set<String> ends(String text) {
        Set<String> out = new HashSet<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
