package io.plantwatch.sensor.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The indexed stand-in for a connection key: the first 64 bits (big-endian) of the SHA-256 of its
 * UTF-8 bytes, exactly what migration V2 computes in SQL for rows stored before it. Not unique in
 * principle, so lookups compare the key itself afterwards. Stateless, thread-safe.
 */
public final class ConnectionKeyHash {
    private ConnectionKeyHash() {
    }

    public static long of(String key) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        long hash = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            hash = hash << 8 | digest[i] & 0xFF;
        }
        return hash;
    }
}
