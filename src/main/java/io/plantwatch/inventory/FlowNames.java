package io.plantwatch.inventory;

import java.util.Arrays;
import java.util.List;

/**
 * A flow's protocol or command names: distinct, in first-seen order, bounded. A flow has a
 * handful, so a small array scanned by identity first (decoders name things with constants) is
 * both faster and about a fifth of the memory of a {@code LinkedHashSet}, which mattered with one
 * per flow and 150,000 flows. Not thread-safe.
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
