package io.plantwatch.ti.format;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code manifest.json}: what the package is (format, version, creation time, publisher, the id of
 * the key that signed it, content counts) and the SHA-256 and size of every other file. The
 * signature covers the manifest's exact bytes, so the files are covered through their hashes.
 * Immutable.
 */
public record Manifest(String format, int formatVersion, String version, String created, String publisher,
                       String keyId, Map<String, Integer> counts, List<FileEntry> files) {
    public static final String FORMAT = "plantwatch-ti";
    public static final int FORMAT_VERSION = 1;
    public static final String FILE = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";

    /** One content file: its name in the zip, SHA-256 (lower-case hex) and size in bytes. */
    public record FileEntry(String name, String sha256, long bytes) {
    }

    public Manifest {
        counts = counts == null ? Map.of() : new TreeMap<>(counts);
        files = files == null ? List.of() : List.copyOf(files);
    }
}
