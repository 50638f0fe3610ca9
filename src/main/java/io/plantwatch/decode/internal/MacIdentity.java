package io.plantwatch.decode.internal;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;

import java.nio.ByteBuffer;

/** Tells a text field of a link-layer discovery frame (LLDP, CDP, DCP) as an identity of a MAC. Stateless. */
public final class MacIdentity {
    private MacIdentity() {
    }

    /** The bytes as text, told when printable and not blank, with {@code prefix} before them. */
    public static void text(Observations out, long mac, Identity field, ByteBuffer b, int at, int length,
                            String prefix) {
        String value = Wire.latin1(b, at, length).strip();
        if (!value.isEmpty() && Wire.printable(value)) {
            out.identityOfMac(mac, field, prefix + value);
        }
    }
}
