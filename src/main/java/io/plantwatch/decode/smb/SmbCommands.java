package io.plantwatch.decode.smb;

import io.plantwatch.decode.support.DataFile;

/**
 * Readable names of SMB1 and SMB2 commands ({@code smb-commands.tsv}: dialect, code, name), as
 * Wireshark names them. Immutable and thread-safe.
 */
public final class SmbCommands {
    static final String RESOURCE = "smb-commands.tsv";

    private final String[] smb1 = new String[256];
    private final String[] smb2 = new String[256];

    private SmbCommands() {
    }

    /** The shipped table; read once per call, so keep the result. */
    public static SmbCommands standard() {
        SmbCommands commands = new SmbCommands();
        for (String[] row : DataFile.rows(SmbCommands.class, RESOURCE, 3)) {
            int code = Integer.decode(row[1]) & 0xFF;
            (row[0].equals("smb2") ? commands.smb2 : commands.smb1)[code] = row[2];
        }
        return commands;
    }

    /** The SMB1 command's name, or null. */
    public String smb1(int code) {
        return smb1[code & 0xFF];
    }

    /** The SMB2 command's name, or null. */
    public String smb2(int code) {
        return code >= 0 && code < 256 ? smb2[code] : null;
    }
}
