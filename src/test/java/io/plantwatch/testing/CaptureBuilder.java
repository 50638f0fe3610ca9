package io.plantwatch.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small pcap and pcapng files byte by byte, so reader tests control every field. */
public final class CaptureBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteOrder order;

    private CaptureBuilder(ByteOrder order) {
        this.order = order;
    }

    /** A classic pcap file header. */
    public static CaptureBuilder pcap(ByteOrder order, boolean nanos, int snapLength, int linkType) {
        CaptureBuilder b = new CaptureBuilder(order);
        b.int32(nanos ? 0xA1B23C4D : 0xA1B2C3D4).int16(2).int16(4).int32(0).int32(0).int32(snapLength).int32(linkType);
        return b;
    }

    /** An empty pcapng file; add sections with {@link #section}. */
    public static CaptureBuilder pcapng() {
        return new CaptureBuilder(ByteOrder.LITTLE_ENDIAN);
    }

    public CaptureBuilder record(long seconds, long fraction, byte[] data, int originalLength) {
        int32((int) seconds).int32((int) fraction).int32(data.length).int32(originalLength);
        out.writeBytes(data);
        return this;
    }

    /** A record header claiming {@code capturedLength} bytes, followed by what is given. */
    public CaptureBuilder rawRecord(long seconds, int capturedLength, int originalLength, byte[] data) {
        int32((int) seconds).int32(0).int32(capturedLength).int32(originalLength);
        out.writeBytes(data);
        return this;
    }

    public CaptureBuilder section(ByteOrder order) {
        this.order = order;
        block(0x0A0D0D0A, body().int32(0x1A2B3C4D).int16(1).int16(0).int64(-1));
        return this;
    }

    /** An interface block; {@code tsresol} is written as an option when not 6 (-1 omits it). */
    public CaptureBuilder interfaceBlock(int linkType, int snapLength, int tsresol, long tsoffset) {
        Body body = body().int16(linkType).int16(0).int32(snapLength);
        if (tsresol >= 0) {
            body.int16(9).int16(1).bytes(new byte[] {(byte) tsresol, 0, 0, 0});
        }
        if (tsoffset != 0) {
            body.int16(14).int16(8).int64(tsoffset);
        }
        body.int16(0).int16(0);
        block(1, body);
        return this;
    }

    public CaptureBuilder enhancedPacket(int interfaceId, long timestampUnits, byte[] data, int originalLength) {
        block(6, body().int32(interfaceId).int32((int) (timestampUnits >>> 32)).int32((int) timestampUnits)
                .int32(data.length).int32(originalLength).padded(data));
        return this;
    }

    public CaptureBuilder simplePacket(byte[] data, int originalLength) {
        block(3, body().int32(originalLength).padded(data));
        return this;
    }

    public CaptureBuilder obsoletePacket(int interfaceId, long timestampUnits, byte[] data) {
        block(2, body().int16(interfaceId).int16(0).int32((int) (timestampUnits >>> 32)).int32((int) timestampUnits)
                .int32(data.length).int32(data.length).padded(data));
        return this;
    }

    /** A block of an unknown type, which readers must skip. */
    public CaptureBuilder unknownBlock(int type, int bodyLength) {
        block(type, body().padded(new byte[bodyLength]));
        return this;
    }

    public CaptureBuilder raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    public Path write(Path file) {
        try {
            return Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void block(int type, Body body) {
        byte[] content = body.out.toByteArray();
        int length = 12 + content.length;
        int32(type).int32(length);
        out.writeBytes(content);
        int32(length);
    }

    private Body body() {
        return new Body(order);
    }

    private CaptureBuilder int16(int v) {
        out.writeBytes(ByteBuffer.allocate(2).order(order).putShort((short) v).array());
        return this;
    }

    private CaptureBuilder int32(int v) {
        out.writeBytes(ByteBuffer.allocate(4).order(order).putInt(v).array());
        return this;
    }

    private CaptureBuilder int64(long v) {
        out.writeBytes(ByteBuffer.allocate(8).order(order).putLong(v).array());
        return this;
    }

    private static final class Body {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteOrder order;

        Body(ByteOrder order) {
            this.order = order;
        }

        Body int16(int v) {
            out.writeBytes(ByteBuffer.allocate(2).order(order).putShort((short) v).array());
            return this;
        }

        Body int32(int v) {
            out.writeBytes(ByteBuffer.allocate(4).order(order).putInt(v).array());
            return this;
        }

        Body int64(long v) {
            out.writeBytes(ByteBuffer.allocate(8).order(order).putLong(v).array());
            return this;
        }

        Body bytes(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        Body padded(byte[] b) {
            out.writeBytes(b);
            out.writeBytes(new byte[(4 - b.length % 4) % 4]);
            return this;
        }
    }
}
