package io.plantwatch.sensor.api;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows token guessing: a client address that presented {@code limit} wrong tokens within a
 * minute gets 429 for every request until that minute is over, without its token being checked.
 * Memory is bounded: at most {@link #MAX_CLIENTS} addresses are tracked. Thread-safe.
 */
final class AuthThrottle {
    static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_CLIENTS = 10_000;

    private static final class Window {
        long start;
        int failures;
    }

    private final int limit;
    private final Map<String, Window> clients = new ConcurrentHashMap<>();

    AuthThrottle(int limit) {
        this.limit = limit;
    }

    /** Whether this address is locked out now. */
    boolean blocked(String address, long now) {
        Window w = clients.get(address);
        if (w == null) {
            return false;
        }
        synchronized (w) {
            return now - w.start < WINDOW_MILLIS && w.failures >= limit;
        }
    }

    void failed(String address, long now) {
        if (clients.size() >= MAX_CLIENTS) {
            forgetOld(now);
        }
        Window w = clients.computeIfAbsent(address, a -> new Window());
        synchronized (w) {
            if (now - w.start >= WINDOW_MILLIS) {
                w.start = now;
                w.failures = 0;
            }
            w.failures++;
        }
    }

    private void forgetOld(long now) {
        for (Iterator<Window> it = clients.values().iterator(); it.hasNext(); ) {
            Window w = it.next();
            synchronized (w) {
                if (now - w.start >= WINDOW_MILLIS) {
                    it.remove();
                }
            }
        }
        if (clients.size() >= MAX_CLIENTS) {
            clients.clear(); // a flood of addresses: start afresh rather than grow
        }
    }
}
