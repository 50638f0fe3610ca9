package io.plantwatch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The synthetic captures benchmarks share: written once to a directory and reused. */
final class BenchCaptures {
    private BenchCaptures() {
    }

    /**
     * {@code dir/synthetic-<sizeMb>mb.pcap}, written by {@link SyntheticCapture#standard()} when absent
     * or short; prints the generation figures to {@code out} when it writes one.
     */
    static Path synthetic(Path dir, int sizeMb, PrintStream out) throws IOException {
        Files.createDirectories(dir);
        Path capture = dir.resolve("synthetic-" + sizeMb + "mb.pcap");
        long target = sizeMb * 1_000_000L;
        if (!Files.exists(capture) || Files.size(capture) < target) {
            long t = System.nanoTime();
            SyntheticCapture.Summary s = SyntheticCapture.standard().write(capture, target);
            out.println("generated_packets: " + s.packets());
            out.println("generated_hosts: " + s.hosts());
            out.println("generated_flows: " + s.flows());
            out.println("generate_ms: " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        }
        return capture;
    }
}
