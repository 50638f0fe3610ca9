package io.plantwatch.decode.smb;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.Ascii;

import java.nio.ByteBuffer;

/**
 * Names in NTLMSSP messages carried by SMB session setups: a CHALLENGE (from the server) holds the
 * server's NetBIOS computer name in its target information; an AUTHENTICATE (from the client)
 * holds the client's workstation name. Hashes and user names are not credentials in cleartext
 * and are left alone. Thread-safe (no state).
 */
final class Ntlmssp {
    private static final byte[] SIGNATURE = {'N', 'T', 'L', 'M', 'S', 'S', 'P', 0};
    private static final int CHALLENGE = 2;
    private static final int AUTHENTICATE = 3;
    private static final int AV_NB_COMPUTER_NAME = 1;
    private static final int MAX_AV_PAIRS = 32;

    private Ntlmssp() {
    }

    /** Looks for an NTLMSSP message in a security blob and reports the names it holds. */
    static void names(ByteBuffer buffer, int offset, int length, Observations out) {
        int at = Ascii.indexOf(buffer, offset, length, SIGNATURE);
        if (at < 0) {
            return;
        }
        int start = offset + at;
        int end = offset + length;
        if (start + 12 > end) {
            return;
        }
        int type = Le.u32(buffer, start + 8);
        if (type == CHALLENGE && start + 48 <= end) {
            int infoLength = Le.u16(buffer, start + 40);
            int infoOffset = start + Le.u32(buffer, start + 44);
            if (infoOffset >= start && infoOffset + infoLength <= end) {
                computerName(buffer, infoOffset, infoLength, out);
            }
        } else if (type == AUTHENTICATE && start + 64 <= end) {
            int flags = Le.u32(buffer, start + 60);
            String workstation = field(buffer, start, end, start + 44, (flags & 1) != 0);
            if (workstation != null) {
                out.identity(Side.SOURCE, Identity.NAME, workstation);
            }
        }
    }

    private static void computerName(ByteBuffer buffer, int at, int length, Observations out) {
        int end = at + length;
        for (int i = 0; i < MAX_AV_PAIRS && at + 4 <= end; i++) {
            int id = Le.u16(buffer, at);
            int len = Le.u16(buffer, at + 2);
            if (id == 0 || at + 4 + len > end) {
                return;
            }
            if (id == AV_NB_COMPUTER_NAME) {
                String name = Ascii.utf16(buffer, at + 4, len, Ascii.MAX_TEXT);
                if (name != null) {
                    out.identity(Side.SOURCE, Identity.NAME, name);
                }
                return;
            }
            at += 4 + len;
        }
    }

    /** A security buffer field (length, max length, offset from the message start). */
    private static String field(ByteBuffer buffer, int start, int end, int fieldAt, boolean unicode) {
        int len = Le.u16(buffer, fieldAt);
        long from = start + (Le.u32(buffer, fieldAt + 4) & 0xFFFFFFFFL);
        if (len == 0 || from + len > end) {
            return null;
        }
        return unicode ? Ascii.utf16(buffer, (int) from, len, Ascii.MAX_TEXT) : Ascii.text(buffer, (int) from, len, Ascii.MAX_TEXT);
    }
}
