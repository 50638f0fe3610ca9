package io.plantwatch.ti.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a signed package: content files in the given order, then {@code manifest.json} with their
 * hashes, then {@code manifest.sig} (Ed25519 over the manifest bytes, base64). Deterministic: entry
 * order is the caller's, every entry's time is the package's creation time written as a plain DOS
 * time in UTC ({@code setTimeLocal}: no time zone, no extra timestamp fields), so the same inputs
 * and creation time give the same bytes. Thread-safe (stateless apart from the immutable key).
 */
public final class PackageWriter {
    private final PrivateKey key;
    private final String keyId;
    private final ManifestJson json = new ManifestJson();

    public PackageWriter(PrivateKey key) {
        this.key = key;
        this.keyId = SigningKeys.keyId(SigningKeys.publicOf(key));
    }

    /**
     * @param files content files by name, in the order they go into the zip
     */
    public SignedPackage write(String version, Instant created, String publisher, Map<String, Integer> counts,
                        Map<String, byte[]> files) throws IOException {
        List<Manifest.FileEntry> entries = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            checkName(file.getKey());
            entries.add(new Manifest.FileEntry(file.getKey(), Digests.sha256(file.getValue()), file.getValue().length));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, version, created.toString(),
                publisher, keyId, counts, entries);
        byte[] manifestBytes = json.write(manifest);
        byte[] signature = (Base64.getEncoder().encodeToString(sign(manifestBytes)) + "\n")
                .getBytes(StandardCharsets.US_ASCII);

        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(Manifest.FILE, manifestBytes);
        all.put(Manifest.SIGNATURE, signature);
        all.putAll(files);
        LocalDateTime time = LocalDateTime.ofInstant(created, ZoneOffset.UTC);
        if (time.getYear() < 1980) {
            time = LocalDateTime.of(1980, 1, 1, 0, 0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> file : all.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return new SignedPackage(out.toByteArray(), manifest);
    }

    private byte[] sign(byte[] manifest) {
        try {
            Signature signer = Signature.getInstance(SigningKeys.ALGORITHM);
            signer.initSign(key);
            signer.update(manifest);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    static void checkName(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") || name.equals(Manifest.FILE)
                || name.equals(Manifest.SIGNATURE)) {
            throw new IllegalArgumentException("bad package file name: " + name);
        }
    }
}
