package io.plantwatch.inventory;

import io.plantwatch.decode.Layer;

import java.util.Arrays;
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
    /** Application protocols by {@link ProtocolIds} number: frames and bytes. */
    private final ProtocolIds applicationIds = new ProtocolIds();
    private long[] applicationFrames = new long[16];
    private long[] applicationBytes = new long[16];

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

    /** The number of an application protocol's name, for {@link #application} and flows. */
    int applicationId(String protocol) {
        return applicationIds.id(protocol);
    }

    /** The name numbered {@code id} by {@link #applicationId}. */
    String applicationName(int id) {
        return applicationIds.name(id);
    }

    void application(int id, int length) {
        if (id >= applicationFrames.length) {
            applicationFrames = Arrays.copyOf(applicationFrames, Math.max(id + 1, applicationFrames.length * 2));
            applicationBytes = Arrays.copyOf(applicationBytes, applicationFrames.length);
        }
        applicationFrames[id]++;
        applicationBytes[id] += length;
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
        for (int id = 0; id < applicationIds.size() && id < applicationFrames.length; id++) {
            if (applicationFrames[id] == 0) {
                continue; // named, but only by frames past the per-frame limit
            }
            long[] t = totals.computeIfAbsent(applicationIds.name(id), n -> new long[2]);
            t[0] += applicationFrames[id];
            t[1] += applicationBytes[id];
        }
        return totals;
    }
}
