package io.plantwatch.sensor.ti;

import io.plantwatch.ti.content.ContentCodec;
import io.plantwatch.ti.content.Contents;
import io.plantwatch.ti.format.Digests;
import io.plantwatch.ti.format.PackageRejectedException;
import io.plantwatch.ti.format.PackageVerifier;
import io.plantwatch.ti.format.VerifiedPackage;
import io.plantwatch.ti.match.CveMatcher;
import io.plantwatch.ti.match.IndicatorIndex;
import io.plantwatch.ti.match.OuiTable;
import io.plantwatch.ti.match.ProductFamilies;
import io.plantwatch.ti.match.VendorNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;

/**
 * The sensor's threat-intelligence package: verified against the trusted keys
 * ({@link TrustedKeys}), parsed and indexed completely BEFORE anything changes, then put in place
 * with one atomic rename of {@code <data>/ti/package.zip} and one swap of the in-memory
 * {@link AppliedTi}. A rejected or unreadable upload leaves the previous package in place, on disk
 * and in memory. At start the stored package is verified again (the trusted keys may have changed).
 * Thread-safe: uploads are serialised; readers see one complete package or the other.
 */
public final class TiPackageStore {
    private static final Logger LOG = LoggerFactory.getLogger(TiPackageStore.class);

    /** What is installed, for {@code GET /ti} and status. */
    public record Installed(String version, String sha256, long bytes, long uploaded, boolean verified, String keyId,
                            String publisher, String created, Map<String, Integer> counts) {
    }

    private final Path dir;
    private final Path dataDir;
    private final ContentCodec codec = new ContentCodec();
    private final VendorNames vendors = VendorNames.standard();
    private final ProductFamilies families = ProductFamilies.standard();
    private volatile State state;

    private record State(Installed installed, AppliedTi applied) {
    }

    public TiPackageStore(Path dataDir) {
        this.dataDir = dataDir;
        this.dir = dataDir.resolve("ti");
        Path stored = dir.resolve("package.zip");
        if (Files.isRegularFile(stored)) {
            try {
                byte[] bytes = Files.readAllBytes(stored);
                state = prepare(bytes, Files.getLastModifiedTime(stored).toMillis());
            } catch (IOException | PackageRejectedException e) {
                LOG.warn("the stored TI package is not used: {}", e.getMessage());
            }
        }
    }

    public Installed installed() {
        State s = state;
        return s == null ? null : s.installed();
    }

    /** The applied package, or null before the first valid one. */
    public AppliedTi applied() {
        State s = state;
        return s == null ? null : s.applied();
    }

    /** The installed package's indicators of compromise, or null before the first valid package. */
    public IndicatorIndex indicators() {
        AppliedTi applied = applied();
        return applied == null ? null : applied.indicators();
    }

    public List<String> trustedKeyIds() throws IOException {
        return TrustedKeys.load(dataDir).stream().map(io.plantwatch.ti.format.SigningKeys::keyId).toList();
    }

    /** Verifies, parses and installs an uploaded package; on any failure nothing changes. */
    public synchronized Installed apply(byte[] upload) throws PackageRejectedException, IOException {
        State next = prepare(upload, System.currentTimeMillis());
        Files.createDirectories(dir);
        Path tmp = dir.resolve("package.zip.tmp");
        writeDurably(tmp, upload);
        Files.move(tmp, dir.resolve("package.zip"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(dir);
        state = next;
        return next.installed();
    }

    /** On disk before the rename: after a power cut the package is the old one or the new one, never empty. */
    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Makes the rename itself durable (Linux syncs a directory opened for reading). */
    private static void syncDirectory(Path directory) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(directory,
                java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory; the rename is still atomic there.
        }
    }

    private State prepare(byte[] bytes, long uploaded) throws PackageRejectedException, IOException {
        List<PublicKey> trusted = TrustedKeys.load(dataDir);
        if (trusted.isEmpty()) {
            throw new PackageRejectedException("this sensor trusts no TI signing key (start it with --trust PUBKEY)");
        }
        VerifiedPackage verified = new PackageVerifier(trusted).verify(bytes);
        Contents contents;
        try {
            contents = codec.read(verified);
        } catch (IOException | RuntimeException e) {
            throw new PackageRejectedException("signed content is unreadable: " + e.getMessage());
        }
        AppliedTi applied = new AppliedTi(verified.manifest(), contents,
                new CveMatcher(contents.advisories(), vendors, families), new OuiTable(contents.oui()),
                new IndicatorIndex(contents.indicators()));
        Installed installed = new Installed(verified.manifest().version(), Digests.sha256(bytes), bytes.length, uploaded,
                true, verified.manifest().keyId(), verified.manifest().publisher(), verified.manifest().created(),
                verified.manifest().counts());
        return new State(installed, applied);
    }
}
