package io.plantwatch.sensor.tokens;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks the {@code Authorization} header against the token file, reading the file again when
 * it changed (a token made or revoked while the sensor runs counts from the next request).
 * Accepts a bare token (Defender's form) and {@code Bearer <token>}. Thread-safe.
 */
public final class TokenVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(TokenVerifier.class);
    private static final int MAX_HEADER = 512;

    private final TokenFile file;
    private volatile List<byte[]> hashes = List.of();
    private volatile FileTime loadedModified;
    private volatile long loadedSize = -1;

    public TokenVerifier(TokenFile file) {
        this.file = file;
    }

    public boolean isValid(String authorization) {
        if (authorization == null || authorization.isBlank() || authorization.length() > MAX_HEADER) {
            return false;
        }
        String token = authorization.strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).strip();
        }
        byte[] hash = HexFormat.of().parseHex(TokenFile.hash(token));
        boolean found = false;
        for (byte[] known : current()) {
            found |= MessageDigest.isEqual(known, hash); // no early exit: timing says nothing
        }
        return found;
    }

    /** Whether a token was presented at all (a missing token is not counted as a guess). */
    public static boolean presented(String authorization) {
        return authorization != null && !authorization.isBlank();
    }

    private List<byte[]> current() {
        try {
            if (!Files.exists(file.path())) {
                hashes = List.of();
                return hashes;
            }
            FileTime modified = Files.getLastModifiedTime(file.path());
            long size = Files.size(file.path());
            if (!modified.equals(loadedModified) || size != loadedSize) {
                synchronized (this) {
                    hashes = file.list().stream().map(t -> HexFormat.of().parseHex(t.hash())).toList();
                    loadedModified = modified;
                    loadedSize = size;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read {}: {} (keeping the tokens read before)", file.path(), e.getMessage());
        }
        return hashes;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
