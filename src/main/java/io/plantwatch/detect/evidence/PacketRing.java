package io.plantwatch.detect.evidence;

import io.plantwatch.capture.Frame;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The most recent frames of a sensor, copied, bounded both by count and by bytes: the oldest go
 * first. Alerts take their evidence from here ({@link EvidenceSelector}). Each frame costs one copy
 * of its captured bytes. Thread-safe (one uncontended lock a frame): the capture thread adds while
 * the sensor's writer thread takes snapshots for new alerts.
 */
public final class PacketRing {
    private final int maxPackets;
    private final long maxBytes;
    private final Deque<EvidencePacket> packets = new ArrayDeque<>();
    private long bytes;

    public PacketRing(int maxPackets, long maxBytes) {
        if (maxPackets <= 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("a ring needs room for at least one packet");
        }
        this.maxPackets = maxPackets;
        this.maxBytes = maxBytes;
    }

    public synchronized void add(Frame frame) {
        int length = frame.capturedLength();
        if (length > maxBytes) {
            return; // cannot be kept without emptying the ring for it
        }
        byte[] data = new byte[length];
        frame.buffer().get(frame.offset(), data, 0, length);
        packets.addLast(new EvidencePacket(frame.timestampNanos(), frame.linkType(), frame.originalLength(), data));
        bytes += length;
        while (packets.size() > maxPackets || bytes > maxBytes) {
            bytes -= packets.removeFirst().data().length;
        }
    }

    /** The frames kept, oldest first (a copy of the list; the packets are shared). */
    public synchronized List<EvidencePacket> snapshot() {
        return new ArrayList<>(packets);
    }

    public synchronized int size() {
        return packets.size();
    }

    public synchronized long bytes() {
        return bytes;
    }
}
