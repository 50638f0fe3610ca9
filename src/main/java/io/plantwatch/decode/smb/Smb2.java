package io.plantwatch.decode.smb;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.Ascii;

import java.nio.ByteBuffer;

/**
 * SMB2/3 messages: command names (compound messages followed), NTLMSSP names in Session Setup
 * security buffers, and the server name of a Tree Connect path. Encrypted (transform) messages
 * are only named. Thread-safe (no state).
 */
final class Smb2 {
    static final String NAME = "smb2";
    private static final int HEADER = 64;
    private static final int SESSION_SETUP = 1;
    private static final int TREE_CONNECT = 3;
    private static final int FLAGS_RESPONSE = 1;
    private static final int MAX_COMPOUND = 16;

    private final SmbCommands commands;

    Smb2(SmbCommands commands) {
        this.commands = commands;
    }

    /** One SMB2 message (0xFE 'SMB', or 0xFD 'SMB' when encrypted). */
    void message(ByteBuffer buffer, int offset, int length, Observations out) {
        out.protocol(NAME);
        if ((buffer.get(offset) & 0xFF) == 0xFD) {
            return; // transform header: the rest is encrypted
        }
        int end = offset + length;
        int at = offset;
        for (int i = 0; i < MAX_COMPOUND; i++) {
            if (at + HEADER > end) {
                out.malformed(NAME, "shorter than an SMB2 header");
                return;
            }
            command(buffer, at, end, out);
            int next = Le.u32(buffer, at + 20);
            if (next <= 0 || next % 8 != 0) {
                return;
            }
            at += next;
        }
    }

    private void command(ByteBuffer buffer, int header, int end, Observations out) {
        int command = Le.u16(buffer, header + 12);
        boolean response = (Le.u32(buffer, header + 16) & FLAGS_RESPONSE) != 0;
        String name = commands.smb2(command);
        if (name != null && !response) {
            out.command(NAME, name);
        }
        int body = header + HEADER;
        if (command == SESSION_SETUP && body + 8 <= end) {
            int blobOffset = header + Le.u16(buffer, body + (response ? 4 : 12));
            int blobLength = Le.u16(buffer, body + (response ? 6 : 14));
            if (!response && body + 16 > end) {
                return;
            }
            if (blobOffset >= body && blobOffset + blobLength <= end) {
                Ntlmssp.names(buffer, blobOffset, blobLength, out);
            }
        } else if (command == TREE_CONNECT && !response && body + 8 <= end) {
            int pathOffset = header + Le.u16(buffer, body + 4);
            int pathLength = Le.u16(buffer, body + 6);
            if (pathOffset >= body && pathOffset + pathLength <= end) {
                String server = SmbPaths.serverOf(Ascii.utf16(buffer, pathOffset, pathLength, Ascii.MAX_TEXT));
                if (server != null) {
                    out.identity(Side.DESTINATION, Identity.NAME, server);
                }
            }
        }
    }
}
