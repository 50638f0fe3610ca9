package io.plantwatch.sensor.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;

/**
 * When the pipeline takes its next inventory snapshot. A snapshot rebuilds the whole inventory on
 * the pipeline thread (150k flows take a few hundred ms of CPU), so snapshots come at most once a
 * second and only after the pipeline has spent {@link #BUDGET} times the last snapshot's CPU time
 * on frames: snapshots then take at most a twentieth of the pipeline's CPU, however busy or
 * starved the machine is. Budgets count CPU time, not wall time: on a loaded machine wall time
 * inflates a snapshot's cost and would make the inventory stale without saving the pipeline any
 * work. When the pipeline has waited for input (a quiet interface, paced replay) it has CPU to
 * spare, so the wall-clock interval alone decides. While the writer is busy with the last
 * snapshot none is due: it would be built only to wait or be replaced. Not thread-safe: the
 * pipeline thread's.
 */
final class SnapshotSchedule {
    static final long MIN_INTERVAL_NANOS = 1_000_000_000L;
    static final long BUDGET = 20;

    private final LongSupplier wallClock;
    private final LongSupplier cpuClock;
    private long lastWall;
    private long lastCpu;
    private long tookCpu;
    private boolean waited;

    /** @param cpuClock this thread's CPU time in nanoseconds */
    SnapshotSchedule(LongSupplier wallClock, LongSupplier cpuClock) {
        this.wallClock = wallClock;
        this.cpuClock = cpuClock;
        this.lastWall = wallClock.getAsLong();
        this.lastCpu = cpuClock.getAsLong();
    }

    /** The calling thread's clocks: {@link System#nanoTime()} and its CPU time (wall time where the JVM cannot tell). */
    static SnapshotSchedule forCurrentThread() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        return new SnapshotSchedule(System::nanoTime, cpu ? threads::getCurrentThreadCpuTime : System::nanoTime);
    }

    /** The pipeline waited for input (a read timeout, a paced replay's sleep). */
    void waited() {
        waited = true;
    }

    /** Whether the pipeline waited for input since the last snapshot. */
    boolean hasWaited() {
        return waited;
    }

    /**
     * Whether to take a snapshot now.
     *
     * @param writerBehind the writer is busy with the previous snapshot: never due then, since
     *                     the new one would only wait or be replaced unseen
     */
    boolean due(boolean writerBehind) {
        if (writerBehind) {
            return false;
        }
        if (wallClock.getAsLong() - lastWall < Math.max(MIN_INTERVAL_NANOS, BUDGET * tookCpu)) {
            return false;
        }
        return waited || cpuClock.getAsLong() - lastCpu >= BUDGET * tookCpu;
    }

    /** The CPU clock now, to pass to {@link #taken} once the snapshot is made. */
    long cpuNow() {
        return cpuClock.getAsLong();
    }

    /** A snapshot was made, starting at {@code cpuBefore}: the next is measured from now. */
    void taken(long cpuBefore) {
        lastCpu = cpuClock.getAsLong();
        lastWall = wallClock.getAsLong();
        tookCpu = lastCpu - cpuBefore;
        waited = false;
    }
}
