package io.plantwatch.inventory;

import io.plantwatch.decode.IpAddress;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A binding with its frame counts and time span completed from the flows that point at it (the
 * packet path counts frames per flow, not per binding). Computed at build time without changing
 * the collector. Counts are approximate by one per MAC change within a flow.
 */
record BindingTotals(long mac, IpAddress ip, long framesAsSource, long framesAsDestination, long firstSeen,
                     long lastSeen) {

    static Collection<BindingTotals> of(AddressBook book, FlowTable flows) {
        Map<Binding, long[]> totals = new IdentityHashMap<>();
        for (Binding b : book.bindings()) {
            totals.put(b, new long[] {b.framesAsSource, b.framesAsDestination, b.firstSeen, b.lastSeen});
        }
        flows.forEach(f -> {
            add(totals, f.srcBindingA, f.packetsFromA, 0, f);
            add(totals, f.srcBindingB, f.packetsFromB, 0, f);
            add(totals, f.dstBindingA, 0, f.packetsFromB, f);
            add(totals, f.dstBindingB, 0, f.packetsFromA, f);
        });
        Map<Binding, BindingTotals> result = new HashMap<>();
        totals.forEach((b, t) -> result.put(b, new BindingTotals(b.mac, b.ip, t[0], t[1], t[2], t[3])));
        return result.values();
    }

    private static void add(Map<Binding, long[]> totals, Binding b, long asSource, long asDestination, Flow f) {
        if (b == null) {
            return;
        }
        long[] t = totals.get(b);
        t[0] += asSource;
        t[1] += asDestination;
        t[3] = Math.max(t[3], f.lastSeen);
    }
}
