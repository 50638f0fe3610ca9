package io.plantwatch.ti.format;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex. Stateless, thread-safe. */
public final class Digests {
    private Digests() {
    }

    public static String sha256(byte[] bytes) {
        return hex(newSha256().digest(bytes));
    }

    /** A fresh SHA-256 digest, for hashing a stream piece by piece. */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
