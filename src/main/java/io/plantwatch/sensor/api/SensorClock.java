package io.plantwatch.sensor.api;

import io.plantwatch.sensor.pipeline.CaptureStatus;

import java.time.Duration;

/**
 * "Now" for the time filters ({@code lastActiveInMinutes}, {@code minutesTimeFrame}): the wall
 * clock for live capture; in a replay, the capture time of the latest stored frame, so a replayed
 * day behaves as it did when recorded. Thread-safe.
 */
public final class SensorClock {
    private final CaptureStatus status;
    private final boolean replay;

    public SensorClock(CaptureStatus status, boolean replay) {
        this.status = status;
        this.replay = replay;
    }

    public long nowMillis() {
        long last = status.lastPacketNanos();
        return replay && last > 0 ? Duration.ofNanos(last).toMillis() : System.currentTimeMillis();
    }
}
