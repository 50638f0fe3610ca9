package io.plantwatch.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Flows by key in an open-addressing table with linear probing. Looking up a flow allocates
 * nothing; a new flow costs one object. The table doubles at half load, so a probe is short.
 * Not thread-safe.
 */
final class FlowTable {
    private Flow[] slots = new Flow[1 << 12];
    private int size;

    int size() {
        return size;
    }

    static int hash(long aHi, long aLo, long bHi, long bLo, int aPort, int bPort, int protocol) {
        long h = aLo * 0x9E3779B97F4A7C15L;
        h ^= bLo * 0xC2B2AE3D27D4EB4FL;
        h ^= (aHi ^ (bHi * 31)) * 0x165667B19E3779F9L;
        h ^= ((long) aPort << 24 | (long) bPort << 8 | protocol) * 0x27D4EB2F165667C5L;
        h ^= h >>> 29;
        return (int) (h ^ (h >>> 32));
    }

    /** The flow with this key, created (with the given first-seen time) when new. */
    Flow get(boolean v6, long aHi, long aLo, long bHi, long bLo, int aPort, int bPort, int protocol) {
        int hash = hash(aHi, aLo, bHi, bLo, aPort, bPort, protocol);
        int mask = slots.length - 1;
        int i = hash & mask;
        while (true) {
            Flow f = slots[i];
            if (f == null) {
                break;
            }
            if (f.hash == hash && f.matches(v6, aHi, aLo, bHi, bLo, aPort, bPort, protocol)) {
                return f;
            }
            i = (i + 1) & mask;
        }
        Flow created = new Flow(v6, aHi, aLo, bHi, bLo, aPort, bPort, protocol, hash);
        slots[i] = created;
        if (++size * 2 > slots.length) {
            grow();
        }
        return created;
    }

    private void grow() {
        Flow[] old = slots;
        slots = new Flow[old.length * 2];
        int mask = slots.length - 1;
        for (Flow f : old) {
            if (f != null) {
                int i = f.hash & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = f;
            }
        }
    }

    void forEach(Consumer<Flow> action) {
        for (Flow f : slots) {
            if (f != null) {
                action.accept(f);
            }
        }
    }

    /** Removes the flows that match, keeping probe chains intact; returns them. */
    List<Flow> removeIf(Predicate<Flow> condition) {
        List<Flow> removed = new ArrayList<>();
        List<Flow> kept = new ArrayList<>(size);
        for (Flow f : slots) {
            if (f != null) {
                (condition.test(f) ? removed : kept).add(f);
            }
        }
        if (removed.isEmpty()) {
            return removed;
        }
        slots = new Flow[slots.length];
        size = 0;
        int mask = slots.length - 1;
        for (Flow f : kept) {
            int i = f.hash & mask;
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = f;
            size++;
        }
        return removed;
    }
}
