package io.plantwatch.inventory;

import java.util.Arrays;
import java.util.List;

/**
 * A flow's protocol or command names beyond the few the {@link Flow} keeps in its own fields:
 * distinct, in first-seen order, bounded. A small array scanned by identity first (decoders name
 * things with constants) is both faster and a fraction of the memory of a {@code LinkedHashSet}.
 * Not thread-safe.
 */
final class FlowNames {
    private final int max;
    private String[] names = new String[2];
    private int count;

    /** @param max names beyond this many are dropped */
    FlowNames(int max) {
        this.max = max;
    }

    void add(String name) {
        for (int i = 0; i < count; i++) {
            if (names[i] == name) {
                return;
            }
        }
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return;
            }
        }
        if (count == max) {
            return;
        }
        if (count == names.length) {
            names = Arrays.copyOf(names, Math.min(max, count * 2));
        }
        names[count++] = name;
    }

    List<String> toList() {
        return List.of(Arrays.copyOf(names, count));
    }
}
