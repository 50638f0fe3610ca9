package io.plantwatch.sensor.merge;

import io.plantwatch.detect.Detections;
import io.plantwatch.detect.Detector;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Watches live capture for silence: each check is told the pipeline's packet count so far; when it
 * has not grown for the quiet time, the detector raises its Operational "no traffic" alert (once
 * per quiet spell) and, when frames come again, its back-to-normal event. Times are wall-clock
 * epoch nanoseconds from the given clock, so a test can drive it. The pipeline updates its count
 * every few dozen frames and when idle, and the writer asks {@link #check} several times a second,
 * so the alert comes within about a second of the quiet time; the capture loop itself is untouched.
 * Not thread-safe: the writer thread uses it.
 */
public final class TrafficWatch {
    private final String interfaceName;
    private final long quietNanos;
    private final LongSupplier clockNanos;
    private long packets = -1;
    private long lastFrameNanos;

    /** @param clockNanos wall-clock time, epoch nanoseconds */
    public TrafficWatch(String interfaceName, Duration quiet, LongSupplier clockNanos) {
        this.interfaceName = interfaceName;
        this.quietNanos = quiet.toNanos();
        this.clockNanos = clockNanos;
        this.lastFrameNanos = clockNanos.getAsLong(); // capture starts now: quiet from here on counts
    }

    /** The system clock in epoch nanoseconds (millisecond resolution is plenty for minutes). */
    public static long systemClock() {
        return System.currentTimeMillis() * 1_000_000L;
    }

    /** The pipeline has captured this many packets so far. */
    void packets(long total) {
        if (total != packets) {
            packets = total;
            lastFrameNanos = clockNanos.getAsLong();
        }
    }

    /** The alert or back-to-normal event due now, if any. */
    Detections check(Detector detector) {
        return detector.checkTraffic(interfaceName, lastFrameNanos, clockNanos.getAsLong(), quietNanos);
    }
}
