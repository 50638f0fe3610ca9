package io.plantwatch.inventory;

import io.plantwatch.decode.Layer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Frames and bytes per protocol, by Wireshark's names. Link-to-transport layers are counted per
 * distinct layer mask: a capture has a handful of masks, kept in small arrays searched linearly,
 * so the per-frame cost is a few compares and no allocation. Not thread-safe.
 */
final class ProtocolStatistics {
    private long[] masks = new long[8];
    private long[] frames = new long[8];
    private long[] bytes = new long[8];
    private int maskCount;
    private final Map<String, long[]> byApplication = new HashMap<>();

    void layers(long mask, int length) {
        for (int i = 0; i < maskCount; i++) {
            if (masks[i] == mask) {
                frames[i]++;
                bytes[i] += length;
                return;
            }
        }
        if (maskCount == masks.length) {
            masks = Arrays.copyOf(masks, maskCount * 2);
            frames = Arrays.copyOf(frames, maskCount * 2);
            bytes = Arrays.copyOf(bytes, maskCount * 2);
        }
        masks[maskCount] = mask;
        frames[maskCount] = 1;
        bytes[maskCount] = length;
        maskCount++;
    }

    void application(String protocol, int length) {
        long[] counts = byApplication.computeIfAbsent(protocol, p -> new long[2]);
        counts[0]++;
        counts[1] += length;
    }

    /** Protocol name → {frames, bytes}, sorted by name. */
    Map<String, long[]> totals() {
        Map<String, long[]> totals = new TreeMap<>();
        for (int i = 0; i < maskCount; i++) {
            long f = frames[i];
            long b = bytes[i];
            Layer.forEach(masks[i], layer -> {
                long[] t = totals.computeIfAbsent(layer.wiresharkName(), n -> new long[2]);
                t[0] += f;
                t[1] += b;
            });
        }
        byApplication.forEach((name, counts) -> {
            long[] t = totals.computeIfAbsent(name, n -> new long[2]);
            t[0] += counts[0];
            t[1] += counts[1];
        });
        return totals;
    }
}
