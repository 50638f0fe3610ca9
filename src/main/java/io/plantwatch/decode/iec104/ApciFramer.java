package io.plantwatch.decode.iec104;

import io.plantwatch.decode.PduFramer;

import java.nio.ByteBuffer;

/**
 * Cuts IEC 60870-5-104 APDUs from a TCP stream exactly as Wireshark 4.0's length function does,
 * garbage included: it looks for the start byte 0x68 from the PDU's offset and returns the bytes
 * skipped plus the APDU length plus 2; with no start byte in the data handed over, everything is
 * one PDU. The search bound is the length of the whole data handed over, so when the PDU is not
 * its first one the search can run past the end, which tshark reports as malformed (as it does
 * for a result below the 6-byte APCI). Thread-safe.
 */
final class ApciFramer implements PduFramer {
    static final ApciFramer INSTANCE = new ApciFramer();
    static final int START = 0x68;
    static final int APCI = 6;

    private ApciFramer() {
    }

    @Override
    public int pduLength(ByteBuffer buffer, int offset, int available) {
        return pduLength(buffer, offset, available, 0);
    }

    @Override
    public int pduLength(ByteBuffer buffer, int offset, int available, int dataOffset) {
        if (available < APCI) {
            return NEED_MORE;
        }
        int searchEnd = dataOffset + available - 2;
        for (int skip = 0; skip <= searchEnd; skip++) {
            if (skip + 1 >= available) {
                return UNFRAMED; // tshark reads past the data: an exception
            }
            if ((buffer.get(offset + skip) & 0xFF) == START) {
                int length = skip + (buffer.get(offset + skip + 1) & 0xFF) + 2;
                return length < APCI ? UNFRAMED : length;
            }
        }
        return dataOffset + available;
    }
}
