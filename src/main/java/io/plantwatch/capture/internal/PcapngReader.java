package io.plantwatch.capture.internal;

import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.LinkType;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * pcapng: any number of sections (each with its own byte order and interfaces), enhanced, simple
 * and obsolete packet blocks, per-interface link type and timestamp resolution. Other blocks
 * (name resolution, statistics, custom) are skipped.
 */
public final class PcapngReader extends RecordReader {
    public static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final int INTERFACE = 1;
    private static final int OBSOLETE_PACKET = 2;
    private static final int SIMPLE_PACKET = 3;
    private static final int ENHANCED_PACKET = 6;
    private static final int OPTION_TSRESOL = 9;
    private static final int OPTION_TSOFFSET = 14;
    /** Blocks larger than this are taken as damage (Wireshark's limit is 16 MiB plus a record). */
    private static final int MAX_BLOCK = 16 * 1024 * 1024 + MAX_RECORD;

    private record Interface(int linkType, int snapLength, Timestamps timestamps) {
    }

    private final List<Interface> interfaces = new ArrayList<>();
    private boolean swapped;

    public PcapngReader(String name, ByteInput input) {
        super(name, input);
    }

    private int read32(ByteBuffer b, int at) {
        int v = b.getInt(at);
        return swapped ? Integer.reverseBytes(v) : v;
    }

    private int read16(ByteBuffer b, int at) {
        short v = b.getShort(at);
        return (swapped ? Short.reverseBytes(v) : v) & 0xFFFF;
    }

    @Override
    protected long readRecords(FrameHandler handler) throws IOException {
        long pos = 0;
        while (!stopped()) {
            if (!input.ensure(pos, 12)) {
                if (input.available() > pos) {
                    truncated(handler, pos, 12);
                }
                break;
            }
            ByteBuffer b = input.buffer();
            int at = input.indexOf(pos);
            int type = b.getInt(at); // the section header's type reads the same in both orders
            if (type == SECTION_HEADER) {
                int bom = b.getInt(at + 8);
                if (bom == BYTE_ORDER_MAGIC) {
                    swapped = false;
                } else if (Integer.reverseBytes(bom) == BYTE_ORDER_MAGIC) {
                    swapped = true;
                } else {
                    problem(handler, pos, "section header with an unknown byte-order magic 0x"
                            + Integer.toHexString(bom), true);
                    break;
                }
                interfaces.clear();
            } else {
                type = read32(b, at);
            }
            long length = read32(b, at + 4) & 0xFFFFFFFFL;
            if (length < 12 || length % 4 != 0 || length > MAX_BLOCK) {
                problem(handler, pos, "block of type " + type + " has an impossible length " + length
                        + "; the file is damaged here", true);
                break;
            }
            if (!input.ensure(pos, (int) length)) {
                truncated(handler, pos, length);
                break;
            }
            b = input.buffer();
            at = input.indexOf(pos);
            if (!block(handler, type, b, at, (int) length, pos)) {
                break;
            }
            pos += length;
            advanced(pos);
        }
        return pos;
    }

    /** Handles one complete block; false when reading must stop. */
    private boolean block(FrameHandler handler, int type, ByteBuffer b, int at, int length, long pos) {
        switch (type) {
            case INTERFACE -> {
                if (length < 20) {
                    problem(handler, pos, "interface block too short (" + length + " bytes)", true);
                    return false;
                }
                int linkType = read16(b, at + 8);
                int snap = read32(b, at + 12);
                Timestamps timestamps = interfaceTimestamps(b, at + 16, at + length - 4);
                interfaces.add(new Interface(linkType, snap, timestamps));
                if (!LinkType.isSupported(linkType)) {
                    problem(handler, pos, "interface " + (interfaces.size() - 1) + " has link type " + linkType
                            + ", which is not supported; its frames are counted but not decoded", false);
                }
            }
            case ENHANCED_PACKET -> {
                return packet(handler, b, at, length, pos, read32(b, at + 8), at + 12, at + 20, 28);
            }
            case OBSOLETE_PACKET -> {
                return packet(handler, b, at, length, pos, read16(b, at + 8), at + 12, at + 20, 28);
            }
            case SIMPLE_PACKET -> {
                if (interfaces.isEmpty()) {
                    problem(handler, pos, "simple packet block before any interface block", false);
                    return true;
                }
                Interface iface = interfaces.get(0);
                int original = read32(b, at + 8);
                int room = length - 16;
                int captured = Math.min(room, original < 0 ? room : original);
                if (iface.snapLength() > 0) {
                    captured = Math.min(captured, iface.snapLength());
                }
                frame.set(b, at + 12, captured, original, 0, iface.linkType(), pos);
                handler.onFrame(frame);
            }
            default -> {
                // name resolution, statistics, decryption secrets, custom blocks: nothing to decode
            }
        }
        return true;
    }

    private boolean packet(FrameHandler handler, ByteBuffer b, int at, int length, long pos,
                           int interfaceId, int stampAt, int lengthsAt, int headerSize) {
        if (length < headerSize + 4) {
            problem(handler, pos, "packet block too short (" + length + " bytes)", false);
            return true;
        }
        if (interfaceId < 0 || interfaceId >= interfaces.size()) {
            problem(handler, pos, "packet block for interface " + Integer.toUnsignedString(interfaceId)
                    + ", which the section did not declare; skipped", false);
            return true;
        }
        Interface iface = interfaces.get(interfaceId);
        int captured = read32(b, lengthsAt);
        int original = read32(b, lengthsAt + 4);
        if (captured < 0 || captured > length - headerSize - 4) {
            problem(handler, pos, "captured length " + Integer.toUnsignedString(captured)
                    + " is larger than its block (" + length + " bytes); the file is damaged here", true);
            return false;
        }
        long units = ((read32(b, stampAt) & 0xFFFFFFFFL) << 32) | (read32(b, stampAt + 4) & 0xFFFFFFFFL);
        frame.set(b, at + headerSize, captured, original, iface.timestamps().toNanos(units), iface.linkType(), pos);
        handler.onFrame(frame);
        return true;
    }

    private Timestamps interfaceTimestamps(ByteBuffer b, int from, int end) {
        int resolution = 6;
        long offsetSeconds = 0;
        int at = from;
        while (at + 4 <= end) {
            int code = read16(b, at);
            int length = read16(b, at + 2);
            int value = at + 4;
            if (code == 0 || value + length > end) {
                break;
            }
            if (code == OPTION_TSRESOL && length >= 1) {
                resolution = b.get(value) & 0xFF;
            } else if (code == OPTION_TSOFFSET && length >= 8) {
                long v = b.getLong(value);
                offsetSeconds = swapped ? Long.reverseBytes(v) : v;
            }
            at = value + ((length + 3) & ~3);
        }
        return new Timestamps(resolution, offsetSeconds);
    }
}
