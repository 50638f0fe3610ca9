package io.plantwatch.inventory;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Occurrences of function codes per protocol key, as in the {@code functions} table. Called once per
 * function-code occurrence (several per frame for CIP), so codes below {@link #DENSE} count in an
 * array and the last key's counts are cached: no hashing or boxing on the common path.
 * Not thread-safe.
 */
final class FunctionCounts {
    private static final int DENSE = 1024;

    /** Counts of one key: dense for small codes, a map for the rest (OPC UA ids run to 5 digits). */
    private static final class Codes {
        final long[] dense = new long[DENSE];
        final Map<Integer, long[]> sparse = new HashMap<>();
    }

    private final Map<String, Codes> counts = new HashMap<>();
    private String lastKey;
    private Codes lastCodes;

    void add(String key, int code) {
        Codes codes;
        if (key == lastKey) {
            codes = lastCodes;
        } else {
            codes = counts.computeIfAbsent(key, k -> new Codes());
            lastKey = key;
            lastCodes = codes;
        }
        if (code >= 0 && code < DENSE) {
            codes.dense[code]++;
        } else {
            codes.sparse.computeIfAbsent(code, c -> new long[1])[0]++;
        }
    }

    /** Key → (code → count), both sorted. */
    Map<String, Map<Integer, Long>> totals() {
        Map<String, Map<Integer, Long>> totals = new TreeMap<>();
        counts.forEach((key, codes) -> {
            Map<Integer, Long> sorted = new TreeMap<>();
            for (int code = 0; code < DENSE; code++) {
                if (codes.dense[code] != 0) {
                    sorted.put(code, codes.dense[code]);
                }
            }
            codes.sparse.forEach((code, n) -> sorted.put(code, n[0]));
            totals.put(key, sorted);
        });
        return totals;
    }
}
