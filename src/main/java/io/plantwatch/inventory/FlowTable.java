package io.plantwatch.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Flows by key in an open-addressing index with linear probing. Each index slot packs the key's
 * hash with the flow's position in a dense array, so a probe compares hashes without touching
 * flow objects (a cache miss each); only a hash match is checked against the flow. Looking up
 * allocates nothing; a new flow costs one object. The index doubles at half load.
 * Not thread-safe.
 */
final class FlowTable {
    private long[] index = new long[1 << 12];
    private Flow[] flows = new Flow[1 << 11];
    private int size;
    private long nextSequence;

    int size() {
        return size;
    }

    /** Murmur3's 64-bit finaliser over the key's fields: every input bit reaches the low bits. */
    static int hash(long aHi, long aLo, long bHi, long bLo, int aPort, int bPort, int protocol) {
        long h = aLo + 31 * (bLo + 31 * (aHi + 31 * bHi)) + (((long) aPort << 24 | (long) bPort << 8) ^ protocol);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }

    /** The flow with this key, created when new. */
    Flow get(boolean v6, long aHi, long aLo, long bHi, long bLo, int aPort, int bPort, int protocol) {
        int hash = hash(aHi, aLo, bHi, bLo, aPort, bPort, protocol);
        long tag = (long) hash << 32;
        int mask = index.length - 1;
        int i = hash & mask;
        while (true) {
            long slot = index[i];
            if (slot == 0) {
                break;
            }
            if ((slot & 0xFFFFFFFF_00000000L) == tag) {
                Flow f = flows[(int) slot - 1];
                if (f.matches(v6, aHi, aLo, bHi, bLo, aPort, bPort, protocol)) {
                    return f;
                }
            }
            i = (i + 1) & mask;
        }
        Flow created = new Flow(v6, aHi, aLo, bHi, bLo, aPort, bPort, protocol, hash, nextSequence++);
        if (size == flows.length) {
            flows = Arrays.copyOf(flows, size * 2);
        }
        flows[size] = created;
        index[i] = tag | (size + 1);
        if (++size * 2 > index.length) {
            rebuildIndex(index.length * 2);
        }
        return created;
    }

    private void rebuildIndex(int capacity) {
        index = new long[capacity];
        int mask = capacity - 1;
        for (int n = 0; n < size; n++) {
            Flow f = flows[n];
            int i = f.hash & mask;
            while (index[i] != 0) {
                i = (i + 1) & mask;
            }
            index[i] = (long) f.hash << 32 | (n + 1);
        }
    }

    /** Every flow in creation (first-seen) order: the dense array keeps it (removal compacts in order). */
    List<Flow> inCreationOrder() {
        return new ArrayList<>(Arrays.asList(flows).subList(0, size));
    }

    void forEach(Consumer<Flow> action) {
        for (int n = 0; n < size; n++) {
            action.accept(flows[n]);
        }
    }

    /** Removes the flows that match; returns them. */
    List<Flow> removeIf(Predicate<Flow> condition) {
        List<Flow> removed = new ArrayList<>();
        int kept = 0;
        for (int n = 0; n < size; n++) {
            Flow f = flows[n];
            if (condition.test(f)) {
                removed.add(f);
            } else {
                flows[kept++] = f;
            }
        }
        if (!removed.isEmpty()) {
            Arrays.fill(flows, kept, size, null);
            size = kept;
            rebuildIndex(index.length);
        }
        return removed;
    }
}
