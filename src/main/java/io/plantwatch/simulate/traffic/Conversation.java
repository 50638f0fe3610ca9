package io.plantwatch.simulate.traffic;

/**
 * A source of frames over time: the scheduler calls {@link #step} at the time it last asked for,
 * and the conversation writes at most one frame stamped with that time. One frame per step keeps
 * the whole capture in time order without buffering. Not thread-safe.
 */
public abstract class Conversation {
    public static final long NEVER = Long.MAX_VALUE;
    private final long start;

    protected Conversation(long start) {
        this.start = start;
    }

    /** When the first step is due. */
    public final long start() {
        return start;
    }

    /** Writes this step's frame (if any) at {@code now}; returns when the next step is due, or {@link #NEVER}. */
    public abstract long step(long now, Traffic traffic);
}
