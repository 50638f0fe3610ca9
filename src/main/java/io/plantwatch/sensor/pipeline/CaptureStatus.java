package io.plantwatch.sensor.pipeline;

/**
 * The pipeline's state and counters as the API reports them. Written by the pipeline and the
 * writer, read by API threads. Thread-safe (volatile fields, single writers per field).
 */
public final class CaptureStatus {
    private volatile CaptureState state = CaptureState.STARTING;
    private volatile String error;
    private volatile long packets;
    private volatile long drops;
    private volatile long lastPacketNanos;

    public CaptureState state() {
        return state;
    }

    public String error() {
        return error;
    }

    public long packets() {
        return packets;
    }

    public long drops() {
        return drops;
    }

    /** Capture time of the latest frame the writer has stored, or 0 before any. */
    public long lastPacketNanos() {
        return lastPacketNanos;
    }

    public void state(CaptureState state, String error) {
        this.state = state;
        this.error = error;
    }

    void counters(long packets, long drops) {
        this.packets = packets;
        this.drops = drops;
    }

    public void stored(long lastPacketNanos) {
        this.lastPacketNanos = Math.max(this.lastPacketNanos, lastPacketNanos);
    }
}
