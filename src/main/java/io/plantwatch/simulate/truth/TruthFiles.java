package io.plantwatch.simulate.truth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes truth files (pretty-printed JSON, snake_case). Thread-safe: the mapper is configured once, then only used. */
public final class TruthFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private TruthFiles() {
    }

    /** The truth file of a capture: its name with {@code .truth.json} appended. */
    public static Path beside(Path capture) {
        return capture.resolveSibling(capture.getFileName() + ".truth.json");
    }

    public static void write(Path file, Truth truth) throws IOException {
        JSON.writeValue(file.toFile(), truth);
    }

    public static Truth read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Truth.class);
    }
}
