package io.plantwatch.decode.modbus;

import io.plantwatch.decode.PduFramer;

import java.nio.ByteBuffer;

/**
 * Cuts Modbus/TCP ADUs by the MBAP length. Accepts data as tshark's mbtcp does: at least 8 bytes,
 * protocol identifier 0 and a length of at least 2 (unit id and function code). Thread-safe.
 */
final class MbapFramer implements PduFramer {
    static final MbapFramer INSTANCE = new MbapFramer();
    static final int HEADER = 6;

    private MbapFramer() {
    }

    @Override
    public int pduLength(ByteBuffer buffer, int offset, int available) {
        if (available < HEADER) {
            return NEED_MORE;
        }
        return (buffer.getShort(offset + 4) & 0xFFFF) + HEADER;
    }

    @Override
    public boolean accepts(ByteBuffer buffer, int offset, int available) {
        return available >= 8 && buffer.getShort(offset + 2) == 0 && (buffer.getShort(offset + 4) & 0xFFFF) >= 2;
    }
}
