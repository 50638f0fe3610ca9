package io.plantwatch.capture.internal;

import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.LinkType;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Classic libpcap files: both byte orders, micro- and nanosecond stamps, Kuznetzov's variant. */
public final class PcapReader extends RecordReader {
    public static final int MAGIC_MICROS = 0xA1B2C3D4;
    public static final int MAGIC_NANOS = 0xA1B23C4D;
    public static final int MAGIC_MODIFIED = 0xA1B2CD34;
    private static final int FILE_HEADER = 24;

    private final boolean swapped;
    private final boolean nanos;
    private final int recordHeader;
    private final int snapLength;
    private final int linkType;

    public PcapReader(String name, ByteInput input) throws IOException {
        super(name, input);
        if (!input.ensure(0, FILE_HEADER)) {
            throw new io.plantwatch.capture.CaptureException(name + ": file too short for a pcap header ("
                    + input.available() + " bytes)");
        }
        ByteBuffer b = input.buffer();
        int at = input.indexOf(0);
        int magic = b.getInt(at);
        int native_ = Integer.reverseBytes(magic);
        int m = isMagic(magic) ? magic : native_;
        swapped = !isMagic(magic);
        nanos = m == MAGIC_NANOS;
        recordHeader = m == MAGIC_MODIFIED ? 24 : 16;
        snapLength = read32(b, at + 16);
        linkType = read32(b, at + 20) & 0xFFFF; // upper bits carry FCS length flags
    }

    public static boolean isMagic(int magic) {
        return magic == MAGIC_MICROS || magic == MAGIC_NANOS || magic == MAGIC_MODIFIED;
    }

    private int read32(ByteBuffer b, int at) {
        int v = b.getInt(at);
        return swapped ? Integer.reverseBytes(v) : v;
    }

    public int linkType() {
        return linkType;
    }

    @Override
    protected long readRecords(FrameHandler handler) throws IOException {
        if (!LinkType.isSupported(linkType)) {
            problem(handler, 20, "link type " + linkType + " is not supported; frames are counted but not decoded", false);
        }
        boolean warnedSnap = false;
        long pos = FILE_HEADER;
        while (!stopped()) {
            if (!input.ensure(pos, recordHeader)) {
                if (input.available() > pos) {
                    truncated(handler, pos, recordHeader);
                }
                break;
            }
            ByteBuffer b = input.buffer();
            int at = input.indexOf(pos);
            long seconds = read32(b, at) & 0xFFFFFFFFL;
            long fraction = read32(b, at + 4) & 0xFFFFFFFFL;
            int captured = read32(b, at + 8);
            int original = read32(b, at + 12);
            if (captured < 0 || captured > MAX_RECORD) {
                problem(handler, pos, "record length " + Integer.toUnsignedString(captured)
                        + " exceeds the maximum of " + MAX_RECORD + "; the file is damaged here", true);
                break;
            }
            if (captured > snapLength && snapLength > 0 && !warnedSnap) {
                warnedSnap = true;
                problem(handler, pos, "record length " + captured + " exceeds the file's snapshot length "
                        + snapLength + " (read anyway)", false);
            }
            long data = pos + recordHeader;
            if (!input.ensure(data, captured)) {
                truncated(handler, pos, recordHeader + (long) captured);
                break;
            }
            long ts = seconds * 1_000_000_000L + (nanos ? fraction : fraction * 1_000L);
            frame.set(input.buffer(), input.indexOf(data), captured, original, ts, linkType, pos);
            handler.onFrame(frame);
            pos = data + captured;
            advanced(pos);
        }
        return pos;
    }
}
