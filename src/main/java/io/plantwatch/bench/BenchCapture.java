package io.plantwatch.bench;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The capture a benchmark reads, as a picocli mixin: {@code --file}, or else the synthetic capture
 * of {@code --size-mb} that {@link SyntheticCapture#standard()} writes once to {@code --dir} and
 * later runs reuse. Not thread-safe (options of one command).
 */
final class BenchCapture {
    /** The most traffic {@link #otherPlants} takes from one plant. */
    static final int PLANT_MB = 1024;
    /** The most {@link #otherPlants} writes: {@link SyntheticCapture#otherPlant(int)} knows five plants. */
    static final int MAX_OTHER_PLANTS_MB = 5 * PLANT_MB;

    @Option(names = "--file", description = "A capture to measure (default: the synthetic one).")
    Path file;

    @Option(names = "--size-mb", defaultValue = "1024", description = "Size of the synthetic capture (default ${DEFAULT-VALUE}).")
    int sizeMb;

    @Option(names = "--dir", defaultValue = "bench-data", description = "Where synthetic captures and working files are kept (default ${DEFAULT-VALUE}).")
    Path dir;

    /** The directory for synthetic captures and a benchmark's working files. */
    Path dir() {
        return dir;
    }

    /**
     * {@code --file}, or the synthetic capture, written first (printing its figures) when absent
     * or short; prints {@code file} and {@code file_mb}.
     */
    Path resolve(PrintStream out) throws IOException {
        Path capture = file != null ? file : synthetic(out);
        out.println("file: " + capture);
        out.println("file_mb: " + Files.size(capture) / 1_000_000);
        return capture;
    }

    private Path synthetic(PrintStream out) throws IOException {
        return write(SyntheticCapture.standard(), "synthetic-" + sizeMb + "mb.pcap", sizeMb, out);
    }

    /**
     * {@code mb} of other plants' synthetic traffic ({@link SyntheticCapture#otherPlant(int)}), at
     * most {@value #PLANT_MB} MB a plant, each written once to {@code --dir}: what a benchmark
     * replays, in the order returned (time moving forward), to warm a sensor up.
     */
    List<Path> otherPlants(int mb, PrintStream out) throws IOException {
        int plants = (mb + PLANT_MB - 1) / PLANT_MB;
        List<Path> files = new ArrayList<>();
        for (int n = plants; n >= 1; n--) {
            int size = n == 1 ? mb - (plants - 1) * PLANT_MB : PLANT_MB;
            String name = "synthetic-other-plant-" + (n == 1 ? "" : n + "-") + size + "mb.pcap";
            files.add(write(SyntheticCapture.otherPlant(n), name, size, out));
        }
        return files;
    }

    private Path write(SyntheticCapture generator, String name, int mb, PrintStream out) throws IOException {
        Files.createDirectories(dir);
        Path capture = dir.resolve(name);
        long target = mb * 1_000_000L;
        if (!Files.exists(capture) || Files.size(capture) < target) {
            long t = System.nanoTime();
            SyntheticCapture.Summary s = generator.write(capture, target);
            out.println("generated_file: " + capture);
            out.println("generated_packets: " + s.packets());
            out.println("generated_hosts: " + s.hosts());
            out.println("generated_flows: " + s.flows());
            out.println("generate_ms: " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        }
        return capture;
    }
}
