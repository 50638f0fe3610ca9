package io.plantwatch.sensor.pipeline;

/**
 * Hands snapshots from the pipeline thread to the writer without ever blocking the pipeline: a
 * snapshot the writer has not taken yet is combined with the next one. Thread-safe.
 */
public final class SnapshotMailbox {
    private PipelineSnapshot pending;
    /** Mirrors {@code pending != null} for {@link #writerBehind}, read without the lock. */
    private volatile boolean holding;
    /** The writer took a snapshot and has not come back for the next one. */
    private volatile boolean writing;

    public synchronized void put(PipelineSnapshot snapshot) {
        pending = pending == null ? snapshot : snapshot.after(pending);
        holding = true;
        notifyAll();
    }

    /**
     * True while the writer works on the last snapshot it took or one waits for it: a snapshot
     * built now would wait, and the next one would replace its inventory unseen, so the pipeline
     * can skip building it. Cheap enough to ask every few frames.
     */
    public boolean writerBehind() {
        return holding || writing;
    }

    /** The pending snapshot, waiting up to {@code millis}; null when none came. */
    public synchronized PipelineSnapshot take(long millis) throws InterruptedException {
        writing = false; // the writer has finished with what it took before
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
        writing = true;
        return s;
    }

    /** Wakes a waiting writer (to run commands). */
    public synchronized void nudge() {
        notifyAll();
    }
}
