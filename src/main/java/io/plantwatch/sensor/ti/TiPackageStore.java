package io.plantwatch.sensor.ti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keeps the last uploaded threat-intelligence package in {@code <data>/ti/package.zip} and reads
 * its version from {@code manifest.json}. NOT YET DONE (the TI issue): the Ed25519 signature
 * ({@code manifest.sig}) and per-file SHA-256 checks, and applying the content (OUI table, CVEs,
 * indicators) to detection; until then a package is stored and reported, never trusted.
 * Thread-safe (synchronized).
 */
public final class TiPackageStore {
    private static final long MAX_MANIFEST = 1 << 20;

    /** What is installed: version (null when the upload had no readable manifest), hash, size. */
    public record Installed(String version, String sha256, long bytes, long uploaded, boolean verified, String note) {
    }

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();

    public TiPackageStore(Path dataDir) {
        this.dir = dataDir.resolve("ti");
    }

    public synchronized Installed installed() throws IOException {
        Path info = dir.resolve("installed.json");
        return Files.exists(info) ? json.readValue(info.toFile(), Installed.class) : null;
    }

    /** Stores an uploaded package (replacing the previous one atomically). */
    public synchronized Installed store(byte[] upload) throws IOException {
        Files.createDirectories(dir);
        Installed installed = new Installed(version(upload), sha256(upload), upload.length,
                Instant.now().toEpochMilli(), false, "stored; signature verification and applying the content "
                + "come with the threat-intelligence issue");
        Path tmp = dir.resolve("package.zip.tmp");
        Files.write(tmp, upload);
        Files.move(tmp, dir.resolve("package.zip"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Path info = dir.resolve("installed.json.tmp");
        json.writeValue(info.toFile(), installed);
        Files.move(info, dir.resolve("installed.json"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        return installed;
    }

    /** The manifest's {@code version}, or null when the upload is no zip or has no such manifest. */
    static String version(byte[] upload) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if ("manifest.json".equals(entry.getName())) {
                    byte[] manifest = zip.readNBytes((int) MAX_MANIFEST);
                    JsonNode version = new ObjectMapper().readTree(manifest).get("version");
                    return version == null || version.isNull() ? null : version.asText();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
