package io.plantwatch.bench;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.inventory.classify.StandardClassifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeated {@code analyze} runs of one capture in a JVM of their own, with every protocol decoder
 * or with none. Each configuration gets a fresh JVM because the compiler shapes shared code (the
 * collector's per-packet path, the inventory build) after what it has seen run: analysed in one
 * JVM, the runs without decoders took code compiled for decoders and looked up to a third slower
 * than in a JVM of their own, which flattered the decoders' cost.
 * {@link #main} is the child's side; {@link #inChildJvm} starts it and reads its figures.
 */
public final class AnalyzeRuns {
    /** The best of a child's runs (each minimum taken separately) and what the analysis found. */
    public record Figures(long wallNanos, long threadCpuNanos, long processCpuNanos, long heapPeakBytes,
                          long devices, long connections) {
        /** The better of two children's figures, each minimum taken separately. */
        Figures best(Figures other) {
            return other == null ? this : new Figures(Math.min(wallNanos, other.wallNanos),
                    Math.min(threadCpuNanos, other.threadCpuNanos), Math.min(processCpuNanos, other.processCpuNanos),
                    Math.max(heapPeakBytes, other.heapPeakBytes), devices, connections);
        }
    }

    private AnalyzeRuns() {
    }

    /** Child side: {@code with|none FILE RUNS}; prints {@code key: value} lines. */
    public static void main(String[] args) throws Exception {
        boolean decoders = args[0].equals("with");
        Path capture = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        Analyzer analyzer = decoders ? Analyzer.standard() : new Analyzer(DecoderRegistry.none(), new StandardClassifier());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = Long.MAX_VALUE;
        long threadCpu = Long.MAX_VALUE;
        long processCpu = Long.MAX_VALUE;
        AnalysisReport report = null;
        resetHeapPeaks();
        for (int i = 0; i < runs; i++) {
            report = null; // no earlier report held: the heap peak is one analysis's
            System.gc();
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            long p = ProcessCpu.nanos();
            report = analyzer.analyze(List.of(capture), Progress.NONE);
            wall = Math.min(wall, System.nanoTime() - t);
            threadCpu = Math.min(threadCpu, threads.getCurrentThreadCpuTime() - c);
            processCpu = Math.min(processCpu, ProcessCpu.nanos() - p);
        }
        System.out.println("wall_ns: " + wall);
        System.out.println("thread_cpu_ns: " + threadCpu);
        System.out.println("process_cpu_ns: " + processCpu);
        System.out.println("heap_peak_bytes: " + heapPeakBytes());
        System.out.println("devices: " + report.inventory().devices().size());
        System.out.println("connections: " + report.inventory().connections().size());
    }

    /**
     * Runs {@code runs} analyses of {@code capture} in a child JVM with this JVM's heap and
     * collector options and class path.
     */
    static Figures inChildJvm(boolean decoders, Path capture, int runs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // heap size and collector choices carry over; recordings and agents would clash
            if (option.startsWith("-X") && !option.contains("FlightRecord") && !option.contains("agent")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), AnalyzeRuns.class.getName(),
                decoders ? "with" : "none", capture.toString(), Integer.toString(runs)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> printed = new HashMap<>();
        StringBuilder all = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                all.append(line).append('\n');
                String[] pair = line.split(": ", 2);
                if (pair.length == 2) {
                    printed.put(pair[0], pair[1]);
                }
            }
        }
        int exit = child.waitFor();
        if (exit != 0 || !printed.containsKey("connections")) {
            throw new IllegalStateException("the analysis JVM failed (exit " + exit + "):\n" + all);
        }
        return new Figures(Long.parseLong(printed.get("wall_ns")), Long.parseLong(printed.get("thread_cpu_ns")),
                Long.parseLong(printed.get("process_cpu_ns")), Long.parseLong(printed.get("heap_peak_bytes")),
                Long.parseLong(printed.get("devices")), Long.parseLong(printed.get("connections")));
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap ever in use at once. */
    private static long heapPeakBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
