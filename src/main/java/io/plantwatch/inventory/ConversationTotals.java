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
    private final Map<Long, long[]> pairs = new HashMap<>();
    private final List<Host[]> pairOrder = new ArrayList<>();
    private final long[] endpointPackets;
    private final long[] endpointBytes;
    private final List<Host> endpointOrder = new ArrayList<>();

    ConversationTotals(int hosts) {
        endpointPackets = new long[hosts];
        endpointBytes = new long[hosts];
    }

    void add(Flow flow) {
        Host a = flow.hostA;
        Host b = flow.hostB;
        long key = pairKey(a, b);
        long[] pair = pairs.get(key);
        if (pair == null) {
            pairs.put(key, pair = new long[2]);
            pairOrder.add(new Host[] {a, b});
        }
        pair[0] += flow.packets;
        pair[1] += flow.bytes;
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
        for (Host[] pair : pairOrder) {
            long[] totals = pairs.get(pairKey(pair[0], pair[1]));
            String a = pair[0].name();
            String b = pair[1].name();
            boolean ordered = a.compareTo(b) <= 0; // as tshark's tables: the pair sorted as text
            result.add(new IpConversation(ordered ? a : b, ordered ? b : a, totals[0], totals[1]));
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
