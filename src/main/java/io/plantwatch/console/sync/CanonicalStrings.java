package io.plantwatch.console.sync;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One shared instance per distinct value of the fields that repeat across devices (vendor,
 * type, OS, model, firmware): a million devices name a few hundred vendors, and keeping a
 * million copies alive in the merge state made the garbage collector copy them again and again
 * (a third of a full sync's CPU went to GC). Bounded: past {@value #MAX} distinct values it
 * stops remembering new ones. Thread-safe.
 */
final class CanonicalStrings {
    static final int MAX = 50_000;

    private final ConcurrentMap<String, String> values = new ConcurrentHashMap<>();

    String of(String value) {
        if (value == null) {
            return null;
        }
        String known = values.get(value);
        if (known != null) {
            return known;
        }
        if (values.size() >= MAX) {
            return value;
        }
        known = values.putIfAbsent(value, value);
        return known == null ? value : known;
    }
}
