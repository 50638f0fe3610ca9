package io.plantwatch.decode.smb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
        try (InputStream in = SmbCommands.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                int code = Integer.decode(f[1].strip());
                (f[0].strip().equals("smb2") ? commands.smb2 : commands.smb1)[code & 0xFF] = f[2].strip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
