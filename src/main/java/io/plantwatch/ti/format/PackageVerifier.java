package io.plantwatch.ti.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a package against trusted public keys: the zip reads cleanly (entry CRCs), manifest and
 * signature are present, the manifest's key id names a trusted key, the Ed25519 signature over the
 * manifest's bytes is valid, and every file is listed with the right SHA-256 and size, with no file
 * missing or added. Every failure is a {@link PackageRejectedException} whose message says which
 * check failed. Bounded: entry count, entry size and total size are capped, so a zip bomb is
 * rejected, not inflated. Thread-safe (immutable key list).
 */
public final class PackageVerifier {
    static final int MAX_ENTRIES = 64;
    static final long MAX_TOTAL = 1L << 30;
    /** Bytes inflated between digest updates: small enough to hash them while they are still in cache. */
    private static final int HASH_CHUNK = 64 * 1024;

    private final List<PublicKey> trusted;
    private final ManifestJson json = new ManifestJson();

    public PackageVerifier(List<PublicKey> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /**
     * Verifies in one pass over the zip. The writer puts {@code manifest.json} and
     * {@code manifest.sig} first, so the signature is checked before any content is inflated (an
     * untrusted or altered package costs almost nothing), and each content file is then inflated
     * straight into an array of the size the signed manifest declares while it is hashed: no
     * second copy, no second pass (for a 50 MB package on a sensor that also serves its API,
     * both showed in profiles). A zip with other files first still verifies, those files being
     * buffered until the manifest is known.
     */
    public VerifiedPackage verify(byte[] zipBytes) throws PackageRejectedException {
        Map<String, byte[]> early = new HashMap<>();
        Map<String, byte[]> files = new HashMap<>();
        byte[] manifestBytes = null;
        byte[] signatureText = null;
        Manifest manifest = null;
        Map<String, Manifest.FileEntry> listed = new HashMap<>();
        int count = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = checkedName(entry, ++count);
                if (files.containsKey(name) || early.containsKey(name) || (Manifest.FILE.equals(name) && manifestBytes != null)
                        || (Manifest.SIGNATURE.equals(name) && signatureText != null)) {
                    throw new PackageRejectedException("file twice in the package: " + name);
                }
                if (manifest == null) {
                    byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_TOTAL - total + 1));
                    total += content.length;
                    if (total > MAX_TOTAL) {
                        throw tooLarge();
                    }
                    if (Manifest.FILE.equals(name)) {
                        manifestBytes = content;
                    } else if (Manifest.SIGNATURE.equals(name)) {
                        signatureText = content;
                    } else {
                        early.put(name, content);
                    }
                    if (manifestBytes != null && signatureText != null) {
                        manifest = parse(manifestBytes);
                        checkSignature(manifestBytes, signatureText, trustedKey(manifest.keyId()));
                        total = declaredTotal(manifest, listed);
                    }
                } else {
                    Manifest.FileEntry file = listed.get(name);
                    if (file == null) {
                        throw new PackageRejectedException("file added: " + name + " is not in the manifest");
                    }
                    files.put(name, readHashed(zip, file));
                }
            }
        } catch (PackageRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PackageRejectedException("damaged package (not a readable zip): " + e.getMessage());
        }
        if (count == 0) {
            throw new PackageRejectedException("not a TI package: not a zip or an empty one");
        }
        if (manifestBytes == null) {
            throw new PackageRejectedException("not a TI package: no " + Manifest.FILE);
        }
        if (signatureText == null) {
            throw new PackageRejectedException("unsigned package: no " + Manifest.SIGNATURE);
        }
        files.putAll(early);
        checkFiles(manifest, files, early.keySet());
        return new VerifiedPackage(manifest, files);
    }

    private static String checkedName(ZipEntry entry, int count) throws PackageRejectedException {
        if (count > MAX_ENTRIES) {
            throw new PackageRejectedException("more than " + MAX_ENTRIES + " files in the package");
        }
        if (entry.isDirectory() || entry.getName().contains("/") || entry.getName().contains("\\")) {
            throw new PackageRejectedException("unexpected path in the package: " + entry.getName());
        }
        return entry.getName();
    }

    /** The signed manifest's files by name; their declared sizes must fit the limit before any is inflated. */
    private static long declaredTotal(Manifest manifest, Map<String, Manifest.FileEntry> listed)
            throws PackageRejectedException {
        long total = 0;
        for (Manifest.FileEntry file : manifest.files()) {
            if (file.bytes() < 0) {
                throw new PackageRejectedException("manifest declares a negative size for " + file.name());
            }
            total += file.bytes();
            listed.put(file.name(), file);
        }
        if (total > MAX_TOTAL) {
            throw tooLarge();
        }
        return total;
    }

    /** Inflates a listed file into an array of its declared size, hashing as it goes; any other size or hash is an alteration. */
    private static byte[] readHashed(ZipInputStream zip, Manifest.FileEntry file) throws IOException, PackageRejectedException {
        byte[] content = new byte[(int) file.bytes()];
        MessageDigest sha256 = Digests.newSha256();
        int filled = 0;
        while (filled < content.length) {
            int read = zip.read(content, filled, Math.min(HASH_CHUNK, content.length - filled));
            if (read < 0) {
                throw altered(file.name());
            }
            sha256.update(content, filled, read);
            filled += read;
        }
        if (zip.read() >= 0 || !Digests.hex(sha256.digest()).equals(file.sha256())) {
            throw altered(file.name());
        }
        return content;
    }

    private static PackageRejectedException altered(String name) {
        return new PackageRejectedException("file altered: SHA-256 of " + name + " does not match the manifest");
    }

    private static PackageRejectedException tooLarge() {
        return new PackageRejectedException("package content larger than " + (MAX_TOTAL >> 20) + " MB");
    }

    /** Reads the manifest without checking anything, for {@code ti info} on an untrusted file. */
    public Manifest peek(byte[] zipBytes) throws PackageRejectedException {
        byte[] manifest = unzip(zipBytes).get(Manifest.FILE);
        if (manifest == null) {
            throw new PackageRejectedException("not a TI package: no " + Manifest.FILE);
        }
        return parse(manifest);
    }

    private Manifest parse(byte[] manifestBytes) throws PackageRejectedException {
        Manifest manifest;
        try {
            manifest = json.read(manifestBytes, Manifest.class);
        } catch (IOException e) {
            throw new PackageRejectedException("manifest.json is not valid JSON (altered?): "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!Manifest.FORMAT.equals(manifest.format())) {
            throw new PackageRejectedException("manifest format is '" + manifest.format() + "', not "
                    + Manifest.FORMAT);
        }
        if (manifest.formatVersion() != Manifest.FORMAT_VERSION) {
            throw new PackageRejectedException("package format version " + manifest.formatVersion()
                    + " is not supported (this build reads " + Manifest.FORMAT_VERSION + ")");
        }
        if (manifest.version() == null || manifest.version().isBlank()) {
            throw new PackageRejectedException("manifest has no version");
        }
        return manifest;
    }

    private PublicKey trustedKey(String keyId) throws PackageRejectedException {
        for (PublicKey key : trusted) {
            if (SigningKeys.keyId(key).equals(keyId)) {
                return key;
            }
        }
        StringBuilder ids = new StringBuilder();
        trusted.forEach(k -> ids.append(ids.length() == 0 ? "" : ", ").append(SigningKeys.keyId(k)));
        throw new PackageRejectedException("signed by key " + keyId + ", which is not trusted (trusted: "
                + (ids.length() == 0 ? "none" : ids) + ")");
    }

    private static void checkSignature(byte[] manifest, byte[] signatureText, PublicKey key)
            throws PackageRejectedException {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(new String(signatureText, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new PackageRejectedException("manifest.sig is not base64 (altered?)");
        }
        boolean valid;
        try {
            Signature verifier = Signature.getInstance(SigningKeys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(manifest);
            valid = signature.length == 64 && verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            valid = false;
        }
        if (!valid) {
            throw new PackageRejectedException("bad signature: manifest.json or manifest.sig was altered "
                    + "after signing (key " + SigningKeys.keyId(key) + ")");
        }
    }

    /** Every listed file present; those read before the manifest was known are hashed now. */
    private static void checkFiles(Manifest manifest, Map<String, byte[]> entries, java.util.Set<String> unchecked)
            throws PackageRejectedException {
        Set<String> listed = new HashSet<>();
        for (Manifest.FileEntry file : manifest.files()) {
            listed.add(file.name());
            byte[] content = entries.get(file.name());
            if (content == null) {
                throw new PackageRejectedException("file missing: " + file.name() + " is in the manifest but not in the package");
            }
            if (unchecked.contains(file.name())
                    && (content.length != file.bytes() || !Digests.sha256(content).equals(file.sha256()))) {
                throw altered(file.name());
            }
        }
        for (String name : entries.keySet()) {
            if (!listed.contains(name)) {
                throw new PackageRejectedException("file added: " + name + " is not in the manifest");
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] zipBytes) throws PackageRejectedException {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new PackageRejectedException("more than " + MAX_ENTRIES + " files in the package");
                }
                if (entry.isDirectory() || entry.getName().contains("/") || entry.getName().contains("\\")) {
                    throw new PackageRejectedException("unexpected path in the package: " + entry.getName());
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_TOTAL - total + 1));
                total += content.length;
                if (total > MAX_TOTAL) {
                    throw new PackageRejectedException("package content larger than " + (MAX_TOTAL >> 20) + " MB");
                }
                if (entries.put(entry.getName(), content) != null) {
                    throw new PackageRejectedException("file twice in the package: " + entry.getName());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new PackageRejectedException("damaged package (not a readable zip): " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw new PackageRejectedException("not a TI package: not a zip or an empty one");
        }
        return entries;
    }
}
