package io.plantwatch.sensor.pipeline;

/**
 * Replays frames at their recorded pace (or {@code speed} times faster): sleeps until a frame's
 * offset from the first frame, divided by the speed, has passed. A speed of 0 means as fast as
 * possible. Not thread-safe.
 */
final class Pacer {
    private final double speed;
    private long firstFrameNanos = Long.MIN_VALUE;
    private long startedNanos;

    Pacer(double speed) {
        this.speed = speed;
    }

    /** Starts a new pass (a looped replay begins again at the first frame's time). */
    void restart() {
        firstFrameNanos = Long.MIN_VALUE;
    }

    /** Waits until the frame is due; true when it had to wait (the pipeline had time to spare). */
    boolean await(long frameNanos) throws InterruptedException {
        if (speed <= 0) {
            return false;
        }
        if (firstFrameNanos == Long.MIN_VALUE) {
            firstFrameNanos = frameNanos;
            startedNanos = System.nanoTime();
            return false;
        }
        long due = startedNanos + (long) ((frameNanos - firstFrameNanos) / speed);
        long wait = due - System.nanoTime();
        if (wait > 1_000_000) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            return true;
        }
        return false;
    }
}
