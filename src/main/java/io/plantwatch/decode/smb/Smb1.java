package io.plantwatch.decode.smb;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.Ascii;
import io.plantwatch.decode.support.OsHints;

import java.nio.ByteBuffer;

/**
 * SMB1 messages: the command name, the native OS each side states in Session Setup AndX, NTLMSSP
 * names in its security blob, and the server name of a Tree Connect AndX path. Thread-safe (no state).
 */
final class Smb1 {
    static final String NAME = "smb";
    private static final int HEADER = 32;
    private static final int SESSION_SETUP = 0x73;
    private static final int TREE_CONNECT = 0x75;
    private static final int FLAGS_REPLY = 0x80;
    private static final int FLAGS2_UNICODE = 0x8000;

    private final SmbCommands commands;
    private final OsHints osHints;

    Smb1(SmbCommands commands, OsHints osHints) {
        this.commands = commands;
        this.osHints = osHints;
    }

    /** One SMB1 message of {@code length} bytes at {@code offset} (starting with 0xFF 'SMB'). */
    void message(ByteBuffer buffer, int offset, int length, Observations out) {
        out.protocol(NAME);
        if (length < HEADER + 3) {
            out.malformed(NAME, "shorter than an SMB header");
            return;
        }
        int command = buffer.get(offset + 4) & 0xFF;
        boolean reply = (buffer.get(offset + 9) & FLAGS_REPLY) != 0;
        boolean unicode = (Le.u16(buffer, offset + 10) & FLAGS2_UNICODE) != 0;
        String name = commands.smb1(command);
        if (name != null && !reply) {
            out.command(NAME, name);
        }
        int wordCount = buffer.get(offset + HEADER) & 0xFF;
        int words = offset + HEADER + 1;
        int byteCountAt = words + 2 * wordCount;
        int end = offset + length;
        if (byteCountAt + 2 > end) {
            out.malformed(NAME, "truncated parameter words");
            return;
        }
        int bytes = byteCountAt + 2;
        int bytesEnd = Math.min(end, bytes + Le.u16(buffer, byteCountAt));
        Strings strings = new Strings(buffer, offset, bytesEnd, unicode);
        if (command == SESSION_SETUP) {
            sessionSetup(buffer, words, wordCount, bytes, bytesEnd, reply, strings, out);
        } else if (command == TREE_CONNECT && !reply && wordCount == 4) {
            int afterPassword = bytes + Le.u16(buffer, words + 6);
            String path = strings.at(afterPassword);
            String server = SmbPaths.serverOf(path);
            if (server != null) {
                out.identity(Side.DESTINATION, Identity.NAME, server);
            }
        }
    }

    private void sessionSetup(ByteBuffer buffer, int words, int wordCount, int bytes, int bytesEnd, boolean reply,
                              Strings strings, Observations out) {
        int blobLength;
        int skipStrings;
        if (!reply && wordCount == 12) {
            blobLength = Le.u16(buffer, words + 14); // extended security: blob, then native OS
            skipStrings = 0;
        } else if (!reply && wordCount == 13) {
            // passwords, then account name and primary domain before the native OS
            blobLength = Le.u16(buffer, words + 14) + Le.u16(buffer, words + 16);
            skipStrings = 2;
        } else if (reply && wordCount == 4) {
            blobLength = Le.u16(buffer, words + 6);
            skipStrings = 0;
        } else if (reply && wordCount == 3) {
            blobLength = 0;
            skipStrings = 0;
        } else {
            return;
        }
        if (bytes + blobLength > bytesEnd) {
            out.malformed(NAME, "security blob past the message");
            return;
        }
        if (wordCount != 13) {
            Ntlmssp.names(buffer, bytes, blobLength, out);
        }
        int at = bytes + blobLength;
        for (int i = 0; i < skipStrings && at >= 0; i++) {
            at = strings.after(at);
        }
        String nativeOs = at < 0 ? null : strings.at(at);
        if (nativeOs != null) {
            String os = osHints.osOf(nativeOs);
            out.identity(Side.SOURCE, Identity.OS, os != null ? os : nativeOs);
        }
    }

    /** Null-terminated strings of an SMB1 byte block, UTF-16 ones aligned to even offsets from the header. */
    private static final class Strings {
        private final ByteBuffer buffer;
        private final int header;
        private final int end;
        private final boolean unicode;

        Strings(ByteBuffer buffer, int header, int end, boolean unicode) {
            this.buffer = buffer;
            this.header = header;
            this.end = end;
            this.unicode = unicode;
        }

        private int aligned(int at) {
            return unicode && ((at - header) & 1) != 0 ? at + 1 : at;
        }

        /** The string at {@code at}, or null. */
        String at(int at) {
            int start = aligned(at);
            int stop = terminator(start);
            if (stop < 0) {
                return null;
            }
            return unicode ? Ascii.utf16(buffer, start, stop - start, Ascii.MAX_TEXT)
                    : Ascii.text(buffer, start, stop - start, Ascii.MAX_TEXT);
        }

        /** Where the string after the one at {@code at} starts, or -1. */
        int after(int at) {
            int stop = terminator(aligned(at));
            return stop < 0 ? -1 : stop + (unicode ? 2 : 1);
        }

        /** Index of the terminating NUL (or the end when the last string lacks one), -1 when none fits. */
        private int terminator(int start) {
            int step = unicode ? 2 : 1;
            if (start + step > end) {
                return -1;
            }
            for (int i = start; i + step <= end; i += step) {
                if (buffer.get(i) == 0 && (!unicode || buffer.get(i + 1) == 0)) {
                    return i;
                }
            }
            return end - ((end - start) % step);
        }
    }
}
