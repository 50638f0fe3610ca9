package io.plantwatch.detect.evidence;

import io.plantwatch.capture.Frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The most recent frames of a sensor, copied, bounded both by count and by bytes: the oldest go
 * first. Alerts take their evidence from here ({@link EvidenceSelector}). Every frame of the
 * capture passes here, so adding allocates nothing: the bytes go into one circular byte array
 * (grown by doubling up to the byte bound, then reused; a frame that does not fit before the end
 * starts again at the front, the tail left unused) and each frame's time, place and lengths into
 * parallel arrays of slots. An earlier version kept a {@code byte[]} and a record per frame: 1.4 s
 * of copying and 3 s of GC per 3.2 M frames on the bench capture. Reading ({@link #snapshot})
 * copies out, which alerts do rarely. Thread-safe (one uncontended lock a frame): the capture
 * thread adds while the sensor's writer thread takes snapshots for new alerts.
 */
public final class PacketRing {
    private static final int FIRST_CAPACITY = 1 << 20;

    private final int maxPackets;
    private final int maxBytes;
    private final long[] times;
    private final int[] starts;
    private final int[] lengths;
    private final int[] originalLengths;
    private final int[] linkTypes;
    private byte[] data;
    /** Slot of the oldest frame; frames are at oldest, oldest+1, ... (mod maxPackets). */
    private int oldest;
    private int count;
    /** Where the next frame's bytes go. */
    private int writeAt;
    private long bytes;

    public PacketRing(int maxPackets, long maxBytes) {
        if (maxPackets <= 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("a ring needs room for at least one packet");
        }
        this.maxPackets = maxPackets;
        this.maxBytes = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        this.times = new long[maxPackets];
        this.starts = new int[maxPackets];
        this.lengths = new int[maxPackets];
        this.originalLengths = new int[maxPackets];
        this.linkTypes = new int[maxPackets];
        this.data = new byte[Math.min(this.maxBytes, FIRST_CAPACITY)];
    }

    public synchronized void add(Frame frame) {
        int length = frame.capturedLength();
        if (length > maxBytes) {
            return; // cannot be kept without emptying the ring for it
        }
        if (count == maxPackets) {
            evictOldest();
        }
        if (writeAt + length > data.length && data.length < maxBytes) {
            // Still growing: nothing has wrapped yet, so the bytes keep their places.
            data = Arrays.copyOf(data, (int) Math.min(maxBytes, Math.max(2L * data.length, writeAt + (long) length)));
        }
        if (writeAt + length > data.length) {
            evictStartingIn(writeAt, data.length); // the tail is given up
            writeAt = 0;
        }
        evictStartingIn(writeAt, writeAt + length);
        frame.buffer().get(frame.offset(), data, writeAt, length);
        int slot = (oldest + count) % maxPackets;
        times[slot] = frame.timestampNanos();
        starts[slot] = writeAt;
        lengths[slot] = length;
        originalLengths[slot] = frame.originalLength();
        linkTypes[slot] = frame.linkType();
        count++;
        bytes += length;
        writeAt += length;
    }

    /**
     * Frames lie in the array in the order they came, wrapping once, so the ones whose bytes start
     * in a range about to be written are the oldest: evicted until the oldest starts elsewhere.
     */
    private void evictStartingIn(int from, int to) {
        while (count > 0 && starts[oldest] >= from && starts[oldest] < to) {
            evictOldest();
        }
    }

    private void evictOldest() {
        bytes -= lengths[oldest];
        oldest = (oldest + 1) % maxPackets;
        count--;
    }

    /** The frames kept, oldest first, copied out. */
    public synchronized List<EvidencePacket> snapshot() {
        return snapshot(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** The frames kept whose times lie within {@code [from, until]}, oldest first, copied out. */
    public synchronized List<EvidencePacket> snapshot(long from, long until) {
        List<EvidencePacket> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int slot = (oldest + i) % maxPackets;
            if (times[slot] >= from && times[slot] <= until) {
                out.add(new EvidencePacket(times[slot], linkTypes[slot], originalLengths[slot],
                        Arrays.copyOfRange(data, starts[slot], starts[slot] + lengths[slot])));
            }
        }
        return out;
    }

    public synchronized int size() {
        return count;
    }

    public synchronized long bytes() {
        return bytes;
    }
}
