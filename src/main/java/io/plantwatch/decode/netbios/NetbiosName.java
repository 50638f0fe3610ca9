package io.plantwatch.decode.netbios;

import io.plantwatch.decode.support.Ascii;

import java.nio.ByteBuffer;

/**
 * A NetBIOS name: up to 15 characters and a one-byte suffix telling the service ({@code <00>}
 * workstation, {@code <20>} file server, {@code <1C>} domain controllers' group). Immutable.
 */
public record NetbiosName(String name, int suffix) {
    public static final int WORKSTATION = 0x00;
    public static final int SERVER = 0x20;
    public static final int DOMAIN_MASTER_BROWSER = 0x1B;
    public static final int DOMAIN_CONTROLLERS = 0x1C;

    /**
     * Decodes the RFC 1001 "first-level" encoding: 32 letters 'A'..'P', two per byte, as the first
     * label of a name ({@code EOFGEFEGEFCACACA...}); null when it is not such a label.
     */
    public static NetbiosName decodeLabel(String encoded) {
        int dot = encoded.indexOf('.');
        String label = dot < 0 ? encoded : encoded.substring(0, dot);
        if (label.length() != 32) {
            return null;
        }
        byte[] raw = new byte[16];
        for (int i = 0; i < 16; i++) {
            int high = label.charAt(2 * i) - 'A';
            int low = label.charAt(2 * i + 1) - 'A';
            if (high < 0 || high > 15 || low < 0 || low > 15) {
                return null;
            }
            raw[i] = (byte) (high << 4 | low);
        }
        return of(ByteBuffer.wrap(raw), 0);
    }

    /** The 16 raw bytes at {@code offset}: 15 of name (space padded), one of suffix. */
    public static NetbiosName of(ByteBuffer buffer, int offset) {
        String name = Ascii.text(buffer, offset, 15, 15);
        return new NetbiosName(name == null ? "" : name, buffer.get(offset + 15) & 0xFF);
    }

    /** Whether this names a computer (workstation or server service), not a group or a service. */
    public boolean isComputerName() {
        return !name.isEmpty() && !name.startsWith("*") && (suffix == WORKSTATION || suffix == SERVER);
    }

    /** Whether registering this marks a domain controller ({@code <1C>} or {@code <1B>}). */
    public boolean isDomainControllerName() {
        return suffix == DOMAIN_CONTROLLERS || suffix == DOMAIN_MASTER_BROWSER;
    }

    @Override
    public String toString() {
        return String.format("%s<%02X>", name, suffix);
    }
}
