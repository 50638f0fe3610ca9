package io.plantwatch.decode;

import io.plantwatch.capture.CaptureFiles;
import io.plantwatch.capture.CaptureProblem;
import io.plantwatch.capture.Frame;
import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.FrameSource;
import io.plantwatch.inventory.InventoryBuilder;
import io.plantwatch.inventory.TrafficCollector;
import io.plantwatch.inventory.classify.StandardClassifier;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the application decoders cost the per-frame engine: every shared capture, held in memory,
 * run through the engine and the inventory builder with no decoders and with the standard ones,
 * alternately, and timed in thread CPU time (the machine is shared, so wall time is noise). Not a
 * test: run by hand, it prints {@code key: value} lines.
 *
 * <pre>mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.plantwatch.decode.DecoderCostBenchmark [rounds]</pre>
 */
public final class DecoderCostBenchmark {
    private static final int PASSES = 5;

    private record Copy(byte[] data, int originalLength, long time, int linkType) {
    }

    private DecoderCostBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path pcaps = Path.of(System.getProperty("plantwatch.shared", "../shared"), "pcaps");
        List<Copy> frames = read(pcaps);
        DecoderRegistry[] registries = {DecoderRegistry.none(), DecoderRegistry.standard()};
        List<List<Long>> times = List.of(new ArrayList<>(), new ArrayList<>());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < 2; i++) {
                int which = round % 2 == 0 ? i : 1 - i; // alternate the order
                long start = cpu.getCurrentThreadCpuTime();
                for (int pass = 0; pass < PASSES; pass++) {
                    run(frames, registries[which]);
                }
                if (round >= 3) { // the first rounds warm the JIT
                    times.get(which).add(cpu.getCurrentThreadCpuTime() - start);
                }
            }
        }
        double perRun = (double) frames.size() * PASSES;
        long without = median(times.get(0));
        long with = median(times.get(1));
        System.out.println("packets: " + frames.size());
        System.out.printf("no_decoders_pps: %.0f%n", perRun / (without / 1e9));
        System.out.printf("standard_decoders_pps: %.0f%n", perRun / (with / 1e9));
        System.out.printf("cost_percent: %.1f%n", 100.0 * (with - without) / without);
    }

    private static void run(List<Copy> frames, DecoderRegistry registry) {
        TrafficCollector collector = new TrafficCollector(registry);
        Frame frame = new Frame();
        for (Copy c : frames) {
            collector.onFrame(frame.set(ByteBuffer.wrap(c.data()), 0, c.data().length, c.originalLength(), c.time(),
                    c.linkType(), 0));
        }
        new InventoryBuilder(new StandardClassifier()).build(collector);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static List<Copy> read(Path pcaps) throws IOException {
        List<Copy> frames = new ArrayList<>();
        List<Path> captures;
        try (Stream<Path> files = Files.walk(pcaps)) {
            captures = files.filter(f -> f.toString().endsWith(".tshark.json"))
                    .map(f -> Path.of(f.toString().replace(".tshark.json", ""))).sorted().toList();
        }
        for (Path capture : captures) {
            try (FrameSource source = CaptureFiles.open(capture)) {
                source.forEach(new FrameHandler() {
                    @Override
                    public void onFrame(Frame f) {
                        frames.add(new Copy(f.copyBytes(), f.originalLength(), f.timestampNanos(), f.linkType()));
                    }

                    @Override
                    public void onProblem(CaptureProblem problem) {
                        // damaged records are the reader's business, not this benchmark's
                    }
                });
            }
        }
        return frames;
    }
}
