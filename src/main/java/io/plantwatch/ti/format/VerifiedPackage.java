package io.plantwatch.ti.format;

import java.util.Map;

/**
 * A package whose signature and every file hash checked out: its manifest and content files
 * (without {@code manifest.json}/{@code manifest.sig}). Immutable (the byte arrays are not copied:
 * callers must not modify them).
 */
public record VerifiedPackage(Manifest manifest, Map<String, byte[]> files) {
    public VerifiedPackage {
        files = Map.copyOf(files);
    }

    public byte[] file(String name) {
        return files.get(name);
    }
}
