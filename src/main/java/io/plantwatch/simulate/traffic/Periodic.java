package io.plantwatch.simulate.traffic;

import java.util.SplittableRandom;

/**
 * A conversation that writes a short burst of frames every interval until the capture closes
 * (LLDP, ARP refreshes, BACnet announcements). Subclasses write frame {@code index} of a burst.
 * Not thread-safe.
 */
public abstract class Periodic extends Conversation {
    private final long intervalNanos;
    private final SplittableRandom random;
    private int index;
    private long burst;
    private long burstStart;

    protected Periodic(long start, double intervalSeconds, SplittableRandom random) {
        super(start);
        this.intervalNanos = SessionTiming.nanos(intervalSeconds);
        this.random = random;
        this.burstStart = start;
    }

    /** Frames per burst (may depend on the burst number). */
    protected abstract int burstLength(long burst);

    /** Writes and sends frame {@code index} of a burst. */
    protected abstract void write(int index, long burst, long now, Traffic traffic);

    @Override
    public final long step(long now, Traffic traffic) {
        write(index, burst, now, traffic);
        index++;
        if (index < burstLength(burst)) {
            return now + 100_000 + random.nextInt(900_000);
        }
        index = 0;
        burst++;
        if (intervalNanos <= 0) {
            return NEVER;
        }
        burstStart += intervalNanos + random.nextLong(Math.max(1, intervalNanos / 20)) - intervalNanos / 40;
        return burstStart >= traffic.closeAt() ? NEVER : Math.max(burstStart, now + 1);
    }
}
