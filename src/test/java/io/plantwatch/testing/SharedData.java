package io.plantwatch.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The read-only shared material next to the project (../shared): real captures with tshark truth. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("plantwatch.shared", "../shared")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("pcaps")),
                "shared captures not found at " + root + " (set -Dplantwatch.shared)");
        return root;
    }

    public static Path pcaps() {
        return root().resolve("pcaps");
    }

    public static Path pcap(String relative) {
        Path file = pcaps().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "missing shared capture " + file);
        return file;
    }

    /** Every capture that has a {@code .tshark.json} beside it, sorted. */
    public static List<Path> capturesWithTruth() {
        try (Stream<Path> files = Files.walk(pcaps())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tshark.json"))
                    .map(f -> f.resolveSibling(f.getFileName().toString().replace(".tshark.json", "")))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path truthOf(Path capture) {
        return capture.resolveSibling(capture.getFileName() + ".tshark.json");
    }
}
