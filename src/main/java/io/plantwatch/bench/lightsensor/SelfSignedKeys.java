package io.plantwatch.bench.lightsensor;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed key pair and certificate made with the JDK's own {@code keytool} (the JDK has no
 * public API to issue a certificate, and a light test sensor is not worth a dependency). EC P-256,
 * valid for 127.0.0.1 and localhost. Immutable.
 */
public final class SelfSignedKeys {
    private final KeyStore keyStore;
    private final char[] password;

    private SelfSignedKeys(KeyStore keyStore, char[] password) {
        this.keyStore = keyStore;
        this.password = password;
    }

    /** Makes a new key pair and certificate (runs keytool, about a second). */
    public static SelfSignedKeys generate(String commonName) {
        char[] password = UUID.randomUUID().toString().toCharArray();
        Path directory = null;
        try {
            directory = Files.createTempDirectory("light-sensor-keys");
            Path file = directory.resolve("keys.p12");
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "sensor",
                    "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650", "-dname", "CN=" + commonName,
                    "-ext", "san=ip:127.0.0.1,dns:localhost", "-keystore", file.toString(), "-storetype", "PKCS12",
                    "-storepass", new String(password), "-keypass", new String(password)))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            return new SelfSignedKeys(store, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a self-signed certificate: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making a certificate", e);
        } finally {
            deleteQuietly(directory);
        }
    }

    public X509Certificate certificate() {
        try {
            return (X509Certificate) keyStore.getCertificate("sensor");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server-side TLS context presenting this certificate. */
    public SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // A temp directory left behind is harmless.
        }
    }
}
