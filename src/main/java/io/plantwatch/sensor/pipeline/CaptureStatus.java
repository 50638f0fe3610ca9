package io.plantwatch.sensor.pipeline;

/**
 * The pipeline's state and counters as the API reports them. Written by the pipeline and the
 * writer, read by API threads. Thread-safe (volatile fields, single writers per field).
 */
public final class CaptureStatus {
    private volatile CaptureState state = CaptureState.STARTING;
    private volatile String error;
    /** Frames captured so far, kept current while the inventory waits for the writer. */
    private volatile long packets;
    /** Frames counted in the latest inventory snapshot. */
    private volatile long inventoryPackets;
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

    /** Frames the latest inventory snapshot counts: behind {@link #packets()} while the store is busy. */
    public long inventoryPackets() {
        return inventoryPackets;
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

    /** A snapshot of the inventory was taken with these counts. */
    void counters(long packets, long drops) {
        this.packets = packets;
        this.inventoryPackets = packets;
        this.drops = drops;
    }

    /** Frames captured so far (between snapshots). */
    void captured(long packets) {
        this.packets = packets;
    }

    public void stored(long lastPacketNanos) {
        this.lastPacketNanos = Math.max(this.lastPacketNanos, lastPacketNanos);
    }
}
