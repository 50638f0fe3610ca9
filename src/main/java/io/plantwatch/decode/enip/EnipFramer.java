package io.plantwatch.decode.enip;

import io.plantwatch.decode.PduFramer;
import io.plantwatch.decode.internal.Wire;

import java.nio.ByteBuffer;

/**
 * Cuts a TCP stream into encapsulation PDUs: 24 header bytes plus the little-endian length at
 * offset 2. Like Wireshark, a PDU whose command is unknown is not EtherNet/IP. Thread-safe.
 */
final class EnipFramer implements PduFramer {
    private final EnipTables tables;

    EnipFramer(EnipTables tables) {
        this.tables = tables;
    }

    @Override
    public int pduLength(ByteBuffer buffer, int offset, int available) {
        if (available < 4) {
            return NEED_MORE;
        }
        if (!tables.knownCommand(Wire.u16le(buffer, offset))) {
            return NOT_MINE;
        }
        return EncapsulationReader.HEADER + Wire.u16le(buffer, offset + 2);
    }
}
