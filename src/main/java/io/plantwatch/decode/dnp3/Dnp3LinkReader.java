package io.plantwatch.decode.dnp3;

import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;

import java.nio.ByteBuffer;

/**
 * Reads one DNP3 link frame as Wireshark 4.0 does: link functions Reset Link/ACK (0), Request
 * Link Status (9) and Status of Link (11) carry no user data; otherwise the user data is taken
 * block by block, each checked against its CRC (a bad one discards the frame's data), the first
 * byte is the transport header and the rest goes to the transport reassembly. Thread-safe; the
 * state is the direction's.
 */
final class Dnp3LinkReader {
    static final String DNP3 = "dnp3";
    private static final int BLOCK = 16;

    private final Dnp3ApplicationReader application;

    Dnp3LinkReader(Dnp3ApplicationReader application) {
        this.application = application;
    }

    void read(ByteBuffer b, int at, int length, Packet packet, Observations out, Dnp3Direction direction) {
        out.protocol(DNP3);
        if (length < Dnp3Framer.HEADER) {
            out.malformed(DNP3, "link header truncated");
            return;
        }
        int control = b.get(at + 3) & 0xFF;
        int function = control & 0x0F;
        if (function == 0 || function == 9 || function == 11) {
            return;
        }
        if (length <= Dnp3Framer.HEADER) {
            out.malformed(DNP3, "transport header missing");
            return;
        }
        int destination = (b.get(at + 4) & 0xFF) | (b.get(at + 5) & 0xFF) << 8;
        int userData = ((b.get(at + 2) & 0xFF) - 5) & 0xFF; // tshark keeps this in a byte
        if (userData == 0) {
            return; // no block to check: tshark discards the data as if its CRC were bad
        }
        byte[] segment = direction.segment;
        int size = 0;
        int position = at + Dnp3Framer.HEADER;
        int end = at + length;
        boolean first = true;
        for (int remaining = userData; remaining > 0; ) {
            int block = Math.min(remaining, BLOCK);
            if (position + block + 2 > end) {
                out.malformed(DNP3, "user data truncated");
                return;
            }
            if (!Dnp3Crc.matches(b, position, block)) {
                out.malformed(DNP3, "bad user data CRC");
                return;
            }
            int skip = first ? 1 : 0; // the transport header is not application data
            b.get(position + skip, segment, size, block - skip);
            size += block - skip;
            position += block + 2;
            remaining -= block;
            first = false;
        }
        int transport = b.get(at + Dnp3Framer.HEADER) & 0xFF;
        int fragment = direction.transport.add((transport & 0x40) != 0, (transport & 0x80) != 0,
                transport & 0x3F, segment, size);
        if (fragment >= 0) {
            application.read(direction.transport.buffer(), 0, fragment, destination, direction.memo, out);
        }
    }
}
