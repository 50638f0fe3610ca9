package io.plantwatch.ti;

import io.plantwatch.testing.SharedData;
import io.plantwatch.ti.build.BuildInputs;
import io.plantwatch.ti.build.BuildResult;
import io.plantwatch.ti.build.PackageBuilder;
import io.plantwatch.ti.format.PackageWriter;
import io.plantwatch.ti.match.VendorNames;
import org.junit.jupiter.api.Assumptions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test helpers: the real feeds in ../shared/ti-sources, building from them, and zip surgery. */
public final class TiSources {
    public static final Instant CREATED = Instant.parse("2026-11-29T00:00:00Z");

    private TiSources() {
    }

    public static Path root() {
        Path dir = SharedData.root().resolve("ti-sources");
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("csaf")), "no ti-sources at " + dir);
        return dir;
    }

    public static BuildInputs inputs(String version, Path indicators) {
        Path root = root();
        return new BuildInputs(root.resolve("csaf"), root.resolve("attack/ics-attack.json"), root.resolve("oui"),
                indicators, version, CREATED, "Plantwatch tests");
    }

    public static BuildResult build(KeyPair keys, String version) {
        try {
            return new PackageBuilder(new PackageWriter(keys.getPrivate()), VendorNames.standard())
                    .build(inputs(version, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A package from the real feeds plus these indicator lines ({@code type,value,description}). */
    public static BuildResult buildWithIndicators(KeyPair keys, String version, Path work, String... indicatorLines) {
        try {
            Files.createDirectories(work);
            Path file = Files.writeString(work.resolve("indicators-" + version + ".csv"),
                    String.join("\n", indicatorLines) + "\n");
            return new PackageBuilder(new PackageWriter(keys.getPrivate()), VendorNames.standard())
                    .build(inputs(version, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All zip entries, in order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A new zip with the same entries, one of them changed by {@code edit}. */
    public static byte[] rewrite(byte[] zip, String name, UnaryOperator<byte[]> edit) {
        Map<String, byte[]> entries = entries(zip);
        entries.put(name, edit.apply(entries.get(name)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** manifest.sig with one byte of the signature itself flipped (still valid base64). */
    public static byte[] flipSignatureByte(byte[] signatureText) {
        byte[] raw = java.util.Base64.getDecoder().decode(new String(signatureText).strip());
        return (java.util.Base64.getEncoder().encodeToString(flipByte(raw, raw.length / 2)) + "\n").getBytes();
    }

    public static byte[] flipByte(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x01;
        return copy;
    }
}
