package io.plantwatch.ti.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 keys for TI packages, with the JDK's own provider (no third-party crypto, so a sensor
 * verifies with exactly what ships in the runtime). Private keys are PKCS#8 PEM, public keys X.509
 * (SubjectPublicKeyInfo) PEM, as openssl writes them. Stateless and thread-safe.
 */
public final class SigningKeys {
    public static final String ALGORITHM = "Ed25519";
    public static final String PRIVATE_FILE = "ti-signing.key";
    public static final String PUBLIC_FILE = "ti-signing.pub";

    private SigningKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /** Writes {@code ti-signing.key} (owner-only where the file system allows) and {@code ti-signing.pub}; never overwrites a key. */
    public static void write(KeyPair keys, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path privateFile = dir.resolve(PRIVATE_FILE);
        // Created owner-only from the start, so the key is never readable by others, not even briefly.
        try {
            Files.createFile(privateFile, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(privateFile);
        }
        Files.writeString(privateFile, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
        Files.writeString(dir.resolve(PUBLIC_FILE), pem("PUBLIC KEY", keys.getPublic().getEncoded()));
    }

    public static PrivateKey readPrivate(Path file) throws IOException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(
                    der(Files.readString(file, StandardCharsets.US_ASCII), file.toString(), "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " is no Ed25519 private key (PKCS#8 PEM): " + e.getMessage(), e);
        }
    }

    public static PublicKey readPublic(Path file) throws IOException {
        return parsePublic(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    }

    /** A public key from X.509 PEM text; {@code source} names where the text came from, for the error. */
    public static PublicKey parsePublic(String pemText, String source) throws IOException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(pemText, source, "PUBLIC KEY")));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(source + " is no Ed25519 public key (X.509 PEM): " + e.getMessage(), e);
        }
    }

    /** The public key as X.509 PEM, as {@code ti-signing.pub} holds it. */
    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    /** The public key's id: the first 16 hex digits of SHA-256 over its X.509 encoding. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The public key that belongs to a private one. The JDK does not expose Ed25519's derivation,
     * so Bouncy Castle (already on the class path for certificates) computes it; signing and
     * verifying stay with the JDK.
     */
    public static PublicKey publicOf(PrivateKey key) {
        try {
            var info = org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(key.getEncoded());
            byte[] seed = org.bouncycastle.asn1.ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
            byte[] raw = new org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters(seed, 0)
                    .generatePublicKey().getEncoded();
            var spki = new org.bouncycastle.asn1.x509.SubjectPublicKeyInfo(
                    new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                            org.bouncycastle.asn1.edec.EdECObjectIdentifiers.id_Ed25519), raw);
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(spki.getEncoded()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + e.getMessage(), e);
        }
    }

    static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String text, String file, String label) throws IOException {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IOException(file + " has no '" + begin + "' block");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": bad base64 in the PEM block", e);
        }
    }
}
