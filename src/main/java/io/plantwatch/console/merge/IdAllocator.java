package io.plantwatch.console.merge;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out the console's own ids for merged devices, connections and alerts (never a sensor's:
 * Defender reuses its ids after a reset). Starts above the largest id in the store. Thread-safe.
 * An id handed out to a sync that then rolls back is simply never used.
 */
public final class IdAllocator {
    private final AtomicLong device;
    private final AtomicLong connection;
    private final AtomicLong alert;

    public IdAllocator(long maxDevice, long maxConnection, long maxAlert) {
        this.device = new AtomicLong(maxDevice);
        this.connection = new AtomicLong(maxConnection);
        this.alert = new AtomicLong(maxAlert);
    }

    public long nextDevice() {
        return device.incrementAndGet();
    }

    public long nextConnection() {
        return connection.incrementAndGet();
    }

    public long nextAlert() {
        return alert.incrementAndGet();
    }
}
