package io.plantwatch.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is normal on this network: devices, connections (client, server, service) and write
 * clients learnt while learning mode was on, or from alerts handled with "learn". In learning mode
 * everything seen is learnt. Keys are plain strings ({@code device:...}, {@code connection:...},
 * {@code write:...}, {@code alert:...}). Thread-safe: the API flips learning mode and learns while detection reads.
 */
public final class Baseline {
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final Set<String> unsaved = ConcurrentHashMap.newKeySet();
    private volatile boolean learning;

    public Baseline(boolean learning, Collection<String> known) {
        this.learning = learning;
        keys.addAll(known);
    }

    /** An empty baseline in learning mode: nothing is new (a one-shot analysis). */
    public static Baseline learningFromScratch() {
        return new Baseline(true, List.of());
    }

    public boolean learning() {
        return learning;
    }

    public void setLearning(boolean on) {
        learning = on;
    }

    public boolean knows(String key) {
        return keys.contains(key);
    }

    public void learn(String key) {
        if (keys.add(key)) {
            unsaved.add(key);
        }
    }

    /**
     * True when the key is known, or learning mode is on (then it is learnt now): what
     * baseline rules ask before alerting.
     */
    boolean expected(String key) {
        if (knows(key)) {
            return true;
        }
        if (learning) {
            learn(key);
            return true;
        }
        return false;
    }

    /** Keys learnt since the last call, for the store to persist. */
    public List<String> drainUnsaved() {
        List<String> drained = new ArrayList<>();
        for (String key : unsaved) {
            unsaved.remove(key);
            drained.add(key);
        }
        return drained;
    }

    public int size() {
        return keys.size();
    }

    /** A learnt alert with nothing else to learn: that rule between those ends is normal ({@link Alert#dedupKey()}). */
    public static String alertKey(String dedupKey) {
        return "alert:" + dedupKey;
    }

    static String deviceKey(String deviceId) {
        return "device:" + deviceId;
    }

    static String connectionKey(String client, String server, String service) {
        return "connection:" + client + "|" + server + "|" + service;
    }

    static String writeKey(String client, String server, String protocol) {
        return "write:" + client + "|" + server + "|" + protocol;
    }
}
