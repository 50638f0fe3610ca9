package io.plantwatch.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IP conversations (address pairs) and endpoints summed over flows, in the order they first
 * appeared (flows are added in first-seen order), so no sort is needed. Hosts are counted in
 * arrays by their index; pairs by a key made of the two indexes.
 */
final class ConversationTotals {
    /** Packets and bytes of one address pair. */
    private static final class PairTotals {
        final Host a;
        final Host b;
        long packets;
        long bytes;

        PairTotals(Host a, Host b) {
            this.a = a;
            this.b = b;
        }
    }

    private final Map<Long, PairTotals> pairs;
    private final List<PairTotals> pairOrder = new ArrayList<>();
    private final long[] endpointPackets;
    private final long[] endpointBytes;
    private final List<Host> endpointOrder = new ArrayList<>();

    /** @param flows how many flows will be added at most: the pair map is sized once for them */
    ConversationTotals(int hosts, int flows) {
        pairs = new HashMap<>(Math.max(16, flows + flows / 3));
        endpointPackets = new long[hosts];
        endpointBytes = new long[hosts];
    }

    void add(Flow flow) {
        Host a = flow.hostA;
        Host b = flow.hostB;
        long key = pairKey(a, b);
        PairTotals pair = pairs.get(key);
        if (pair == null) {
            pairs.put(key, pair = new PairTotals(a, b));
            pairOrder.add(pair);
        }
        pair.packets += flow.packets;
        pair.bytes += flow.bytes;
        addEndpoint(a, flow);
        if (a != b) {
            addEndpoint(b, flow);
        }
    }

    /**
     * The two host indexes in one long, multiplied by an odd constant (a bijection, so still
     * unique) because Long.hashCode folds the halves with XOR, which would put every pair with
     * the same a^b into one bucket.
     */
    private static long pairKey(Host a, Host b) {
        return ((long) a.index << 32 | b.index) * 0x9E3779B97F4A7C15L;
    }

    private void addEndpoint(Host host, Flow flow) {
        if (endpointPackets[host.index] == 0) {
            endpointOrder.add(host);
        }
        endpointPackets[host.index] += flow.packets;
        endpointBytes[host.index] += flow.bytes;
    }

    List<IpConversation> conversations() {
        List<IpConversation> result = new ArrayList<>(pairOrder.size());
        for (PairTotals pair : pairOrder) {
            String a = pair.a.name();
            String b = pair.b.name();
            boolean ordered = a.compareTo(b) <= 0; // as tshark's tables: the pair sorted as text
            result.add(new IpConversation(ordered ? a : b, ordered ? b : a, pair.packets, pair.bytes));
        }
        return result;
    }

    List<IpEndpoint> endpoints() {
        List<IpEndpoint> result = new ArrayList<>(endpointOrder.size());
        for (Host host : endpointOrder) {
            result.add(new IpEndpoint(host.name(), endpointPackets[host.index], endpointBytes[host.index]));
        }
        return result;
    }
}
