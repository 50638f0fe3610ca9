package io.plantwatch.console.sensors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantwatch.console.store.OwnerOnlyFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Sensor API tokens, by sensor id, in {@code <data>/sensor-tokens.json}: a file of its own,
 * owner-only (600, written atomically through an owner-only temporary file) in an owner-only
 * directory, so that neither other local users nor a copy of the inventory database get them.
 * Tokens never appear in logs or messages. Thread-safe (synchronized; writes are rare).
 */
public final class TokenStore {
    public static final String FILE_NAME = "sensor-tokens.json";
    private static final TypeReference<TreeMap<Long, String>> TYPE = new TypeReference<>() { };

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();

    public TokenStore(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    public synchronized Optional<String> token(long sensorId) {
        return Optional.ofNullable(read().get(sensorId));
    }

    public synchronized void put(long sensorId, String token) {
        TreeMap<Long, String> tokens = read();
        tokens.put(sensorId, token);
        write(tokens);
    }

    public synchronized void remove(long sensorId) {
        TreeMap<Long, String> tokens = read();
        if (tokens.remove(sensorId) != null) {
            write(tokens);
        }
    }

    public Path file() {
        return file;
    }

    private TreeMap<Long, String> read() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return mapper.readValue(file.toFile(), TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token file " + file + " (damaged?)", e);
        }
    }

    private void write(Map<Long, String> tokens) {
        try {
            OwnerOnlyFiles.writeAtomically(file, mapper.writeValueAsBytes(tokens));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token file " + file, e);
        }
    }
}
