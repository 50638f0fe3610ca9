package io.plantwatch.decode.dnp3;

import io.plantwatch.decode.PduFramer;

import java.nio.ByteBuffer;

/**
 * Cuts DNP3 link frames out of a TCP stream, as Wireshark's DNP3-over-TCP dissector: data is
 * accepted when it starts 0x05 0x64 (as far as present) with a valid header CRC (when all ten
 * header bytes are present); a frame is its header, its user data and a CRC per 16-byte block.
 * A length field below 5 gives a frame shorter than its header: tshark reports that as malformed
 * and dissects no further. Thread-safe.
 */
final class Dnp3Framer implements PduFramer {
    static final Dnp3Framer INSTANCE = new Dnp3Framer();
    static final int HEADER = 10;

    private Dnp3Framer() {
    }

    @Override
    public int pduLength(ByteBuffer buffer, int offset, int available) {
        if (available < HEADER) {
            return NEED_MORE;
        }
        int total = frameLength(buffer.get(offset + 2) & 0xFF);
        return total < HEADER ? UNFRAMED : total;
    }

    /** Bytes of a link frame whose length field is {@code length}. */
    static int frameLength(int length) {
        int userData = length - 5;
        int blocks = userData > 0 ? (userData + 15) / 16 : 0;
        return length + 5 + 2 * blocks;
    }

    @Override
    public boolean accepts(ByteBuffer buffer, int offset, int available) {
        return startsLikeDnp3(buffer, offset, available);
    }

    /** tshark's non-heuristic DNP3 check, also used for UDP datagrams. */
    static boolean startsLikeDnp3(ByteBuffer buffer, int offset, int available) {
        if (available < 1 || (buffer.get(offset) & 0xFF) != 0x05) {
            return false;
        }
        if (available > 1 && (buffer.get(offset + 1) & 0xFF) != 0x64) {
            return false;
        }
        return available < HEADER || Dnp3Crc.matches(buffer, offset, HEADER - 2);
    }
}
