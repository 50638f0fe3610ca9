package io.plantwatch.decode.cotp;

import io.plantwatch.decode.PduFramer;

import java.nio.ByteBuffer;

/**
 * Cuts TPKT (RFC 1006) packets by their length field, as Wireshark's TPKT dissector does on port
 * 102: a packet whose first byte is not version 3 is a "continuation" (TPKT shown, nothing more
 * dissected), as is a length below the 4-byte header (which tshark reports as malformed).
 * Thread-safe.
 */
public final class TpktFramer implements PduFramer {
    public static final TpktFramer INSTANCE = new TpktFramer();
    public static final int HEADER = 4;
    private static final int VERSION = 3;

    private TpktFramer() {
    }

    @Override
    public int pduLength(ByteBuffer buffer, int offset, int available) {
        if ((buffer.get(offset) & 0xFF) != VERSION) {
            return UNFRAMED;
        }
        if (available < HEADER) {
            return NEED_MORE;
        }
        int length = buffer.getShort(offset + 2) & 0xFFFF;
        return length < HEADER ? UNFRAMED : length;
    }

    /** Whether unframed data at this offset is a bad length (malformed) rather than a continuation. */
    public static boolean isBadLength(ByteBuffer buffer, int offset, int available) {
        return available >= HEADER && (buffer.get(offset) & 0xFF) == VERSION;
    }
}
