package io.plantwatch.sensor.ti;

import io.plantwatch.ti.format.SigningKeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The TI signing keys a sensor trusts, kept in {@code <data>/ti/trusted/<key id>.pub}.
 * {@code sensor --trust PUBKEY...} replaces the set at start; without {@code --trust} the set
 * from the last start stays (a restart must not silently drop trust, nor may a process without
 * the option widen it). Stateless; the file system is the state.
 */
public final class TrustedKeys {
    private TrustedKeys() {
    }

    static Path dir(Path dataDir) {
        return dataDir.resolve("ti").resolve("trusted");
    }

    /** Replaces the trusted set with these public keys (each checked to be an Ed25519 X.509 PEM). */
    public static List<String> install(Path dataDir, List<Path> publicKeys) throws IOException {
        List<PublicKey> keys = new ArrayList<>();
        for (Path file : publicKeys) {
            keys.add(SigningKeys.readPublic(file));
        }
        Path dir = dir(dataDir);
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String id = SigningKeys.keyId(keys.get(i));
            Files.copy(publicKeys.get(i), dir.resolve(id + ".pub"));
            ids.add(id);
        }
        return ids;
    }

    public static List<PublicKey> load(Path dataDir) throws IOException {
        Path dir = dir(dataDir);
        List<PublicKey> keys = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return keys;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pub")).sorted().toList()) {
                keys.add(SigningKeys.readPublic(file));
            }
        }
        return keys;
    }
}
