package io.plantwatch.inventory;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Occurrences of function codes per protocol key, as in the {@code functions} table. Not thread-safe. */
final class FunctionCounts {
    private final Map<String, Map<Integer, long[]>> counts = new HashMap<>();

    void add(String key, int code) {
        counts.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(code, c -> new long[1])[0]++;
    }

    /** Key → (code → count), both sorted. */
    Map<String, Map<Integer, Long>> totals() {
        Map<String, Map<Integer, Long>> totals = new TreeMap<>();
        counts.forEach((key, codes) -> {
            Map<Integer, Long> sorted = new TreeMap<>();
            codes.forEach((code, n) -> sorted.put(code, n[0]));
            totals.put(key, sorted);
        });
        return totals;
    }
}
