package io.plantwatch.sensor.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * The sensor's TLS key and self-signed certificate, in {@code <data>/tls/sensor.p12} with its
 * random password beside it (both readable by the owner only). Made at first start; the console
 * pins the certificate's SHA-256 fingerprint. Immutable once loaded, thread-safe.
 */
public final class TlsMaterial {
    private static final String ALIAS = "sensor";

    private final KeyStore keyStore;
    private final String password;
    private final X509Certificate certificate;

    private TlsMaterial(KeyStore keyStore, String password, X509Certificate certificate) {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = certificate;
    }

    /** Loads the material in {@code dataDir}, making it first when absent. */
    public static TlsMaterial loadOrCreate(Path dataDir, String commonName) throws IOException, GeneralSecurityException {
        Path dir = dataDir.resolve("tls");
        Path store = dir.resolve("sensor.p12");
        Path passwordFile = dir.resolve("sensor.p12.password");
        if (!Files.exists(store)) {
            Files.createDirectories(dir);
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            SelfSignedCertificate made = SelfSignedCertificate.make(commonName);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, made.privateKey(), password.toCharArray(), new X509Certificate[] {made.certificate()});
            Path tmpStore = dir.resolve("sensor.p12.tmp");
            try (OutputStream out = Files.newOutputStream(tmpStore)) {
                ks.store(out, password.toCharArray());
            }
            writeOwnerOnly(passwordFile, password);
            ownerOnly(tmpStore);
            Files.move(tmpStore, store, StandardCopyOption.ATOMIC_MOVE);
        }
        return load(store, passwordFile);
    }

    /** Loads existing material; fails when the sensor was never started on {@code dataDir}. */
    public static TlsMaterial load(Path dataDir) throws IOException, GeneralSecurityException {
        Path dir = dataDir.resolve("tls");
        return load(dir.resolve("sensor.p12"), dir.resolve("sensor.p12.password"));
    }

    private static TlsMaterial load(Path store, Path passwordFile) throws IOException, GeneralSecurityException {
        if (!Files.exists(store)) {
            throw new IOException("no certificate in " + store.getParent() + " (start the sensor once to make it)");
        }
        String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, password.toCharArray());
        }
        return new TlsMaterial(ks, password, (X509Certificate) ks.getCertificate(ALIAS));
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ownerOnly(file);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: left as the platform made it
        }
    }

    public KeyStore keyStore() {
        return keyStore;
    }

    public String password() {
        return password;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** SHA-256 of the certificate (DER), as colon-separated uppercase hex, as openssl prints it. */
    public String fingerprint() {
        return fingerprint(certificate);
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the certificate", e);
        }
    }
}
