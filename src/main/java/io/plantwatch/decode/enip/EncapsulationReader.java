package io.plantwatch.decode.enip;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.internal.Cursor;

import java.nio.ByteBuffer;

/**
 * Reads one EtherNet/IP encapsulation PDU: the 24-byte header (counted as {@code enip.command}),
 * the common packet format of SendRRData/SendUnitData with the CIP message it carries, and
 * ListIdentity replies. One instance per flow. Not thread-safe.
 */
final class EncapsulationReader {
    static final String PROTOCOL = "enip";
    static final int HEADER = 24;

    static final int LIST_IDENTITY = 0x63;
    static final int SEND_RR_DATA = 0x6F;
    static final int SEND_UNIT_DATA = 0x70;

    private static final int ITEM_CONNECTED_DATA = 0x00B1;
    private static final int ITEM_UNCONNECTED_DATA = 0x00B2;
    private static final int ITEM_IDENTITY = 0x000C;
    /** Tags connected-message keys apart from sender contexts. */
    private static final long CONNECTED_KEY = 1L << 62;

    private final EnipTables tables;
    private final CipReader cip;
    private final Cursor cursor = new Cursor();
    private boolean rolesTold;
    private int commandsTold;

    EncapsulationReader(EnipTables tables) {
        this.tables = tables;
        this.cip = new CipReader(tables);
    }

    void pdu(ByteBuffer b, int offset, int length, Observations out) {
        out.protocol(PROTOCOL);
        Cursor c = cursor.reset(b, offset, length);
        try {
            int command = c.u16le();
            int dataLength = c.u16le();
            c.skip(8); // session handle, status
            long context = c.s64le();
            c.skip(4); // options
            out.function(PROTOCOL, command);
            int end = c.position() + Math.min(dataLength, c.remaining());
            switch (command) {
                case SEND_RR_DATA, SEND_UNIT_DATA -> commonPacket(c, end, command, context, out);
                case LIST_IDENTITY -> listIdentity(c, end, dataLength, out);
                default -> tell(command, out);
            }
        } catch (Cursor.Truncated e) {
            out.malformed(PROTOCOL, "EtherNet/IP PDU truncated");
        }
    }

    private void tell(int command, Observations out) {
        int bit = 1 << (command & 0x1F);
        if ((commandsTold & bit) == 0) {
            commandsTold |= bit;
            out.command(PROTOCOL, tables.commands().nameOr(command, "Command 0x%04X"));
        }
    }

    private void listIdentity(Cursor c, int end, int dataLength, Observations out) {
        if (dataLength == 0) {
            tell(LIST_IDENTITY, out);
            out.activity(new Activity(PROTOCOL, ActivityType.DISCOVERY, "List Identity"));
            return;
        }
        int count = c.u16le();
        for (int i = 0; i < count && c.position() < end; i++) {
            int type = c.u16le();
            int itemLength = c.u16le();
            int next = c.position() + itemLength;
            if (type == ITEM_IDENTITY) {
                c.skip(2 + 16); // encapsulation version, socket address
                CipIdentity.read(c).report(out, Side.SOURCE, tables);
                out.role(Side.SOURCE, PROTOCOL, Role.SERVER);
            }
            c.seek(Math.min(next, c.limit()));
        }
    }

    private void commonPacket(Cursor c, int end, int command, long context, Observations out) {
        c.skip(6); // interface handle, timeout
        int count = c.u16le();
        for (int i = 0; i < count && c.position() < end; i++) {
            int type = c.u16le();
            int itemLength = c.u16le();
            int start = c.position();
            int available = Math.min(itemLength, c.limit() - start);
            if (type == ITEM_UNCONNECTED_DATA && command == SEND_RR_DATA) {
                roles(c.buffer(), start, available, out);
                cip.message(c.buffer(), start, available, context, out);
            } else if (type == ITEM_CONNECTED_DATA && command == SEND_UNIT_DATA) {
                if (available < 2) {
                    out.malformed(PROTOCOL, "connected data item without sequence count");
                    return;
                }
                long key = CONNECTED_KEY | c.u16le();
                roles(c.buffer(), start + 2, available - 2, out);
                cip.message(c.buffer(), start + 2, available - 2, key, out);
            }
            c.seek(Math.min(start + itemLength, c.limit()));
        }
    }

    /** The sender of the first request is the client, its peer the server; told once per flow. */
    private void roles(ByteBuffer b, int offset, int length, Observations out) {
        if (rolesTold || length < 1) {
            return;
        }
        rolesTold = true;
        boolean request = (b.get(offset) & CipService.RESPONSE) == 0;
        out.role(request ? Side.SOURCE : Side.DESTINATION, PROTOCOL, Role.CLIENT);
        out.role(request ? Side.DESTINATION : Side.SOURCE, PROTOCOL, Role.SERVER);
    }
}
