package io.plantwatch.simulate.dialogue;

import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.Ntp;
import io.plantwatch.simulate.traffic.Dialogue;

/**
 * NTP client and server exchange. The frame has no clock of its own, so the cycle number and a
 * start time give the timestamps. Not thread-safe.
 */
public final class TimeSync implements Dialogue {
    private final long startNanos;
    private final long intervalNanos;
    private final int referenceId;

    public TimeSync(long startNanos, long intervalNanos, int referenceId) {
        this.startNanos = startNanos;
        this.intervalNanos = intervalNanos;
        this.referenceId = referenceId;
    }

    @Override
    public int cycleLength() {
        return 2;
    }

    @Override
    public void writeCycle(int message, long cycle, FrameBuffer fb) {
        long t = startNanos + cycle * intervalNanos;
        if (message == 0) {
            Ntp.request(fb, t);
        } else {
            Ntp.reply(fb, t, t + 400_000, referenceId);
        }
    }
}
