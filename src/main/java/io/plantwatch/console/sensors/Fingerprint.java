package io.plantwatch.console.sensors;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A certificate's SHA-256 fingerprint, written as browsers and keytool do ({@code AB:CD:...}).
 * Parsing accepts upper or lower case, with or without colons, and an optional {@code SHA256:} prefix.
 */
public record Fingerprint(String hex) {
    public Fingerprint {
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint: " + hex);
        }
    }

    public static Fingerprint of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new Fingerprint(HexFormat.of().withUpperCase().formatHex(digest));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }

    /** Parses what a user typed or the store kept; throws IllegalArgumentException with a clear message. */
    public static Fingerprint parse(String text) {
        String hex = text.trim().toUpperCase(Locale.ROOT);
        if (hex.startsWith("SHA256:") || hex.startsWith("SHA-256:")) {
            hex = hex.substring(hex.indexOf(':') + 1);
        }
        hex = hex.replace(":", "").replace(" ", "");
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint (64 hex digits, colons optional): " + text);
        }
        return new Fingerprint(hex);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(95);
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                text.append(':');
            }
            text.append(hex, i, i + 2);
        }
        return text.toString();
    }
}
