package io.plantwatch.capture.internal;

import io.plantwatch.capture.CaptureProblem;
import io.plantwatch.capture.Frame;
import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.FrameSource;

import java.io.IOException;

/**
 * What the pcap and pcapng readers share: the input, the reused frame view, stop and progress.
 * Subclasses implement {@link #readRecords}, which walks the records from a position.
 */
public abstract class RecordReader implements FrameSource {
    /** Wireshark's limit for one record (WTAP_MAX_PACKET_SIZE_STANDARD); larger ones mean damage. */
    public static final int MAX_RECORD = 262_144;
    private static final int PROGRESS_EVERY = 1024;

    protected final String name;
    protected final ByteInput input;
    protected final Frame frame = new Frame();
    private volatile boolean stopped;
    private volatile long progress;
    private int sinceProgress;

    protected RecordReader(String name, ByteInput input) {
        this.name = name;
        this.input = input;
    }

    @Override
    public final void forEach(FrameHandler handler) throws IOException {
        long end = readRecords(handler);
        progress = end;
    }

    /** Reads every record, returns the position where reading ended. */
    protected abstract long readRecords(FrameHandler handler) throws IOException;

    protected final boolean stopped() {
        return stopped;
    }

    /** Called after each record; cheap enough for the hot loop. */
    protected final void advanced(long position) {
        if (++sinceProgress == PROGRESS_EVERY) {
            sinceProgress = 0;
            progress = position;
        }
    }

    protected final void problem(FrameHandler handler, long offset, String message, boolean fatal) {
        handler.onProblem(new CaptureProblem(name, offset, message, fatal));
    }

    /** Reports a record that runs past the end of the input. */
    protected final void truncated(FrameHandler handler, long offset, long needed) {
        long have = Math.max(0, input.available() - offset);
        problem(handler, offset, "truncated record: needs " + needed + " bytes, only " + have + " left", true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public long position() {
        return progress;
    }

    @Override
    public long size() {
        return input.size();
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
