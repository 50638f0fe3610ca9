package io.plantwatch.sensor.tokens;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * API tokens in {@code <data>/tokens.json}, apart from the H2 store so that {@code sensor token}
 * works while a sensor holds the store open. Only SHA-256 hashes are kept (tokens are 160 random
 * bits, so a fast hash is enough). Changes take a file lock and replace the file atomically; the
 * running sensor notices the new file ({@link TokenVerifier}). Thread-safe (stateless but for the path).
 */
public final class TokenFile {
    /** A stored token: its hash, never the token. */
    public record Token(String id, String name, String hash, long created) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Path lockFile;

    public TokenFile(Path dataDir) {
        this.file = dataDir.resolve("tokens.json");
        this.lockFile = dataDir.resolve("tokens.lock");
    }

    public Path path() {
        return file;
    }

    /** Makes a token; returns it in clear (shown once, never stored). */
    public String create(String name) throws IOException {
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        update(tokens -> {
            String id = nextId(tokens);
            tokens.add(new Token(id, name == null ? "" : name, hash(token), Instant.now().toEpochMilli()));
            return true;
        });
        return token;
    }

    /** Removes a token by id; false when there was none. */
    public boolean revoke(String id) throws IOException {
        return update(tokens -> tokens.removeIf(t -> t.id().equals(id)));
    }

    public List<Token> list() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), new TypeReference<List<Token>>() { });
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Change {
        boolean apply(List<Token> tokens);
    }

    private boolean update(Change change) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            List<Token> tokens = new ArrayList<>(list());
            if (!change.apply(tokens)) {
                return false;
            }
            Path tmp = file.resolveSibling("tokens.json.tmp");
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tokens),
                    StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not POSIX: as the platform made it
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
    }

    private static String nextId(List<Token> tokens) {
        int max = 0;
        for (Token t : tokens) {
            try {
                max = Math.max(max, Integer.parseInt(t.id()));
            } catch (NumberFormatException e) {
                // ids are ours; ignore a foreign one
            }
        }
        return Integer.toString(max + 1);
    }
}
