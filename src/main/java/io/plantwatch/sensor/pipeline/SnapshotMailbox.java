package io.plantwatch.sensor.pipeline;

/**
 * Hands snapshots from the pipeline thread to the writer without ever blocking the pipeline: a
 * snapshot the writer has not taken yet is combined with the next one. Thread-safe.
 */
public final class SnapshotMailbox {
    private PipelineSnapshot pending;
    /** Mirrors {@code pending != null} for {@link #holdsUntaken}, read without the lock. */
    private volatile boolean holding;

    public synchronized void put(PipelineSnapshot snapshot) {
        pending = pending == null ? snapshot : snapshot.after(pending);
        holding = true;
        notifyAll();
    }

    /**
     * True while a snapshot waits for the writer: a new one would only replace its inventory, so
     * the pipeline can skip building it. Cheap enough to ask every few frames.
     */
    public boolean holdsUntaken() {
        return holding;
    }

    /** The pending snapshot, waiting up to {@code millis}; null when none came. */
    public synchronized PipelineSnapshot take(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (pending == null) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return null;
            }
            wait(left);
        }
        PipelineSnapshot s = pending;
        pending = null;
        holding = false;
        return s;
    }

    /** Wakes a waiting writer (to run commands). */
    public synchronized void nudge() {
        notifyAll();
    }
}
