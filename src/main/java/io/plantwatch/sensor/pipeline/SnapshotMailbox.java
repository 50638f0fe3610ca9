package io.plantwatch.sensor.pipeline;

/**
 * Hands snapshots from the pipeline thread to the writer without ever blocking the pipeline: a
 * snapshot the writer has not taken yet is combined with the next one. Thread-safe.
 */
public final class SnapshotMailbox {
    private PipelineSnapshot pending;

    public synchronized void put(PipelineSnapshot snapshot) {
        pending = pending == null ? snapshot : snapshot.after(pending);
        notifyAll();
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
        return s;
    }

    /** Wakes a waiting writer (to run commands). */
    public synchronized void nudge() {
        notifyAll();
    }
}
