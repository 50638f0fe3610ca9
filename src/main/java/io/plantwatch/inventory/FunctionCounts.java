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
    private static final int MAX_KEY_INSTANCES = 64;

    /** Counts of one key: dense for small codes, a map for the rest (OPC UA ids run to 5 digits). */
    private static final class Codes {
        final long[] dense = new long[DENSE];
        final Map<Integer, long[]> sparse = new HashMap<>();
    }

    private final Map<String, Codes> counts = new HashMap<>();
    /**
     * The key instances seen (decoders pass constants, so a handful) with their counts, searched by
     * identity; {@code last} is the position of the last one. Frames of different protocols
     * alternate, and remembering the last key as a position (not as references stored into this
     * long-lived object, each store a pass through the collector's write barrier) keeps the switch cheap.
     */
    private String[] keys = new String[8];
    private Codes[] codesOfKey = new Codes[8];
    private int keyCount;
    private int last = -1;

    void add(String key, int code) {
        int i = last;
        if (i < 0 || keys[i] != key) {
            i = position(key);
            last = i;
        }
        Codes codes = codesOfKey[i];
        if (code >= 0 && code < DENSE) {
            codes.dense[code]++;
        } else {
            codes.sparse.computeIfAbsent(code, c -> new long[1])[0]++;
        }
    }

    private int position(String key) {
        for (int i = 0; i < keyCount; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        if (keyCount == keys.length) {
            if (keyCount >= MAX_KEY_INSTANCES) {
                keyCount = 0; // only a cache of the map: start over rather than grow without bound
            } else {
                keys = java.util.Arrays.copyOf(keys, keyCount * 2);
                codesOfKey = java.util.Arrays.copyOf(codesOfKey, keyCount * 2);
            }
        }
        keys[keyCount] = key;
        codesOfKey[keyCount] = counts.computeIfAbsent(key, k -> new Codes());
        return keyCount++;
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
