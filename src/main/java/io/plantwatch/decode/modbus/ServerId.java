package io.plantwatch.decode.modbus;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.codes.WireText;

import java.nio.ByteBuffer;

/**
 * A Report Server ID response (FC 17): byte count, server id, run indicator (0x00 off, 0xFF on),
 * then device-specific data. The layout after the byte count is the vendor's; the common one-byte
 * server id is assumed, and printable additional data (often a vendor or product text) becomes
 * the server's description. Thread-safe.
 */
final class ServerId {
    private static final int MIN_TEXT = 3;

    private ServerId() {
    }

    /** @param at the byte count; @param length bytes from there to the end of the ADU */
    static void read(ByteBuffer b, int at, int length, Observations out) {
        if (length < 1) {
            out.malformed(ModbusFlowDecoder.MODBUS, "Report Server ID response without byte count");
            return;
        }
        int count = Math.min(b.get(at) & 0xFF, length - 1);
        if (count < 2 + MIN_TEXT) {
            return;
        }
        int run = b.get(at + 2) & 0xFF;
        if (run != 0x00 && run != 0xFF) {
            return; // not the common layout: nothing to say
        }
        String text = WireText.printable(b, at + 3, count - 2);
        if (text.length() >= MIN_TEXT) {
            out.identity(Side.SOURCE, Identity.DESCRIPTION, text);
        }
    }
}
