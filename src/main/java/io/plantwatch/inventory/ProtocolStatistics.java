package io.plantwatch.inventory;

import io.plantwatch.decode.Layer;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Frames and bytes per protocol, by Wireshark's names. Link-to-transport layers are counted per
 * distinct layer mask (a handful), so the per-frame cost is one small map update. Not thread-safe.
 */
final class ProtocolStatistics {
    private final Map<Long, long[]> byLayerMask = new HashMap<>();
    private final Map<String, long[]> byApplication = new HashMap<>();
    private long lastMask = -1;
    private long[] lastCounts;

    void layers(long mask, int bytes) {
        if (mask != lastMask) {
            lastMask = mask;
            lastCounts = byLayerMask.computeIfAbsent(mask, m -> new long[2]);
        }
        lastCounts[0]++;
        lastCounts[1] += bytes;
    }

    void application(String protocol, int bytes) {
        long[] counts = byApplication.computeIfAbsent(protocol, p -> new long[2]);
        counts[0]++;
        counts[1] += bytes;
    }

    /** Protocol name → {frames, bytes}, sorted by name. */
    Map<String, long[]> totals() {
        Map<String, long[]> totals = new TreeMap<>();
        byLayerMask.forEach((mask, counts) -> Layer.forEach(mask, layer -> {
            long[] t = totals.computeIfAbsent(layer.wiresharkName(), n -> new long[2]);
            t[0] += counts[0];
            t[1] += counts[1];
        }));
        byApplication.forEach((name, counts) -> {
            long[] t = totals.computeIfAbsent(name, n -> new long[2]);
            t[0] += counts[0];
            t[1] += counts[1];
        });
        return totals;
    }
}
