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
    /** False for a baseline that learns for good: nobody will ask what it learnt, so it keeps nothing. */
    private final boolean keeps;

    public Baseline(boolean learning, Collection<String> known) {
        this(learning, known, true);
    }

    private Baseline(boolean learning, Collection<String> known, boolean keeps) {
        this.learning = learning;
        this.keeps = keeps;
        keys.addAll(known);
    }

    /**
     * A baseline that stays in learning mode and keeps nothing: everything is normal (a one-shot
     * analysis without a learning period). Baseline rules need not look: with 150,000 connections
     * their keys took some 7 % of such an analysis, for alerts that could never come.
     */
    public static Baseline acceptingEverything() {
        return new Baseline(true, List.of(), false);
    }

    /** True when every key is expected whatever it is: the baseline rules can skip their work. */
    boolean acceptsEverything() {
        return !keeps;
    }

    public boolean learning() {
        return learning;
    }

    public void setLearning(boolean on) {
        if (!keeps && !on) {
            throw new IllegalStateException("a baseline that accepts everything stays in learning mode");
        }
        learning = on;
    }

    public boolean knows(String key) {
        return keys.contains(key);
    }

    public void learn(String key) {
        if (keeps && keys.add(key)) {
            unsaved.add(key);
        }
    }

    /**
     * True when the key is known, or learning mode is on (then it is learnt now): what
     * baseline rules ask before alerting.
     */
    boolean expected(String key) {
        if (!keeps || knows(key)) {
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
