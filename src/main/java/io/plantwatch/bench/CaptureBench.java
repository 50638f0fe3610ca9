package io.plantwatch.bench;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.capture.CaptureFiles;
import io.plantwatch.capture.FrameSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench capture}: analyze throughput against the bare read loop and tshark, side by side
 * on one capture, plus the heap analysis needed. Run it with a small heap
 * ({@code java -Xmx512m -jar target/plantwatch.jar bench capture}) to show the heap is bounded by
 * flows, not by packets: the analyses run in child JVMs ({@link AnalyzeRuns}) given the same heap
 * and collector options.
 */
@Command(name = "capture", mixinStandardHelpOptions = true,
        description = {"Capture-engine throughput: analyze vs a bare mmap loop vs tshark.",
            "Without --file, writes (once) a synthetic capture of --size-mb to bench-data/."})
public final class CaptureBench implements Callable<Integer> {
    @Mixin
    BenchCapture source;

    @Option(names = "--runs", defaultValue = "3", description = "Runs of each measurement, the best counting; analyze runs"
            + " them in each of two JVMs per side, with and without decoders (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--no-tshark", description = "Skip the tshark comparison.")
    boolean noTshark;

    @Option(names = "--detection", description = "Also measure analyze without alert rules, and with a"
            + " learning period (--learn-seconds) so baseline rules run too: detection's cost.")
    boolean detection;

    @Option(names = "--learn-seconds", defaultValue = "10", description = "Learning period for --detection"
            + " (default ${DEFAULT-VALUE}).")
    long learnSeconds;

    private final PrintStream out;

    public CaptureBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Path capture = source.resolve(out);
        long fileBytes = Files.size(capture);

        BareLoop.walk(capture); // fault the pages in, as the other runs will find them
        long bareNanos = Long.MAX_VALUE;
        long packets = 0;
        long readerNanos = Long.MAX_VALUE;
        // The bare loop and reader, then analyze with and without decoders, each side in JVMs of
        // its own (see AnalyzeRuns); all of it twice in turn: on a shared machine whose speed
        // drifts over minutes, every figure then meets the same moments.
        AnalyzeRuns.Figures with = null;
        AnalyzeRuns.Figures without = null;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                packets = BareLoop.walk(capture)[0];
                bareNanos = Math.min(bareNanos, System.nanoTime() - t);
                t = System.nanoTime();
                readOnly(capture);
                readerNanos = Math.min(readerNanos, System.nanoTime() - t);
            }
            with = AnalyzeRuns.inChildJvm(true, capture, runs).best(with);
            without = AnalyzeRuns.inChildJvm(false, capture, runs).best(without);
        }
        long analyzeNanos = with.wallNanos();
        long layersNanos = without.wallNanos();
        long noDetectionNanos = Long.MAX_VALUE;
        long learningNanos = Long.MAX_VALUE;
        int learningAlerts = 0;
        AnalysisReport report = null;
        // Detection's cost compares runs in this one JVM, so that all three sides run alike.
        long withDetectionNanos = Long.MAX_VALUE;
        if (detection) {
            Analyzer withoutDetection = Analyzer.standard().withoutDetection();
            for (int i = 0; i < runs; i++) {
                report = null;
                System.gc();
                long t = System.nanoTime();
                report = Analyzer.standard().analyze(List.of(capture), Progress.NONE);
                withDetectionNanos = Math.min(withDetectionNanos, System.nanoTime() - t);
                System.gc();
                t = System.nanoTime();
                withoutDetection.analyze(List.of(capture), Progress.NONE);
                noDetectionNanos = Math.min(noDetectionNanos, System.nanoTime() - t);
                System.gc();
                t = System.nanoTime();
                learningAlerts = Analyzer.standard().analyze(List.of(capture), Progress.NONE,
                        java.time.Duration.ofSeconds(learnSeconds)).alerts().size();
                learningNanos = Math.min(learningNanos, System.nanoTime() - t);
            }
        }
        out.println("packets: " + packets);
        out.println("devices: " + with.devices());
        out.println("connections: " + with.connections());
        out.println("analyze_pps: " + rate(packets, analyzeNanos));
        out.println("analyze_ms: " + TimeUnit.NANOSECONDS.toMillis(analyzeNanos));
        out.println("analyze_mb_per_s: " + rate(fileBytes / 1_000_000, analyzeNanos));
        if (detection) {
            detectionAlone(report);
            out.println("alerts: " + report.alerts().size());
            out.println("analyze_no_detection_pps: " + rate(packets, noDetectionNanos));
            out.println("analyze_learn_pps: " + rate(packets, learningNanos));
            out.println("analyze_learn_alerts: " + learningAlerts);
            out.println("analyze_in_one_jvm_pps: " + rate(packets, withDetectionNanos));
            out.printf("detection_vs_no_detection_percent: %.1f%n", 100.0 * noDetectionNanos / withDetectionNanos);
            out.printf("detection_learn_vs_no_detection_percent: %.1f%n", 100.0 * noDetectionNanos / learningNanos);
        }
        out.println("analyze_no_decoders_pps: " + rate(packets, layersNanos));
        out.printf("analyze_vs_no_decoders_percent: %.1f%n", 100.0 * layersNanos / analyzeNanos);
        // CPU time, best run of each: steadier than the clock on a shared machine. The thread's own
        // time is the analysis itself; the process's adds the collector and compiler threads.
        out.println("analyze_thread_cpu_pps: " + rate(packets, with.threadCpuNanos()));
        out.println("analyze_no_decoders_thread_cpu_pps: " + rate(packets, without.threadCpuNanos()));
        out.printf("analyze_vs_no_decoders_thread_cpu_percent: %.1f%n",
                100.0 * without.threadCpuNanos() / with.threadCpuNanos());
        out.println("analyze_process_cpu_pps: " + rate(packets, with.processCpuNanos()));
        out.println("analyze_no_decoders_process_cpu_pps: " + rate(packets, without.processCpuNanos()));
        out.printf("analyze_vs_no_decoders_process_cpu_percent: %.1f%n",
                100.0 * without.processCpuNanos() / with.processCpuNanos());
        out.println("reader_pps: " + rate(packets, readerNanos));
        out.println("bare_loop_pps: " + rate(packets, bareNanos));
        out.println("bare_loop_mb_per_s: " + rate(fileBytes / 1_000_000, bareNanos));
        out.printf("analyze_vs_bare_loop_percent: %.1f%n", 100.0 * bareNanos / analyzeNanos);
        out.println("heap_peak_mb: " + with.heapPeakBytes() / 1_000_000);
        out.println("heap_max_mb: " + Runtime.getRuntime().maxMemory() / 1_000_000);
        if (!noTshark) {
            tshark(capture, packets, analyzeNanos);
        }
        return 0;
    }

    /**
     * The detection step alone, on the inventory analyze built: robust to a noisy machine where the
     * end-to-end difference drowns in the noise. ARP summaries are left out (not in the report).
     */
    private void detectionAlone(AnalysisReport report) {
        io.plantwatch.detect.Observation all = new io.plantwatch.detect.Observation(report.inventory().devices(),
                report.inventory().connections(), report.inventory().activities(), List.of(), List.of());
        long learnUntil = report.capture().firstSeen() + TimeUnit.SECONDS.toNanos(learnSeconds);
        long plain = Long.MAX_VALUE;
        long learning = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            io.plantwatch.detect.OneShotDetection.run(all, io.plantwatch.detect.OneShotDetection.NO_LEARNING);
            plain = Math.min(plain, System.nanoTime() - t);
            t = System.nanoTime();
            io.plantwatch.detect.OneShotDetection.run(all, learnUntil);
            learning = Math.min(learning, System.nanoTime() - t);
        }
        out.println("detection_ms: " + TimeUnit.NANOSECONDS.toMillis(plain));
        evidenceRing(report);
        out.println("detection_learn_ms: " + TimeUnit.NANOSECONDS.toMillis(learning));
    }

    /** The sensor's evidence ring alone: every frame read and copied into a 100,000-frame ring. */
    private void evidenceRing(AnalysisReport report) {
        Path capture = Path.of(report.capture().files().get(0));
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            io.plantwatch.detect.evidence.PacketRing ring = new io.plantwatch.detect.evidence.PacketRing(100_000, 64L << 20);
            long t = System.nanoTime();
            try (FrameSource source = CaptureFiles.open(capture)) {
                source.forEach(ring::add);
            } catch (IOException e) {
                out.println("evidence_ring_pps: unavailable (" + e.getMessage() + ")");
                return;
            }
            best = Math.min(best, System.nanoTime() - t);
        }
        out.println("evidence_ring_pps: " + rate(report.capture().packets(), best));
        out.println("evidence_ring_ms: " + TimeUnit.NANOSECONDS.toMillis(best));
    }

    private static void readOnly(Path capture) throws IOException {
        try (FrameSource source = CaptureFiles.open(capture)) {
            long[] sum = new long[1];
            source.forEach(frame -> sum[0] += frame.originalLength());
        }
    }

    private void tshark(Path capture, long packets, long analyzeNanos) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("tshark", "-n", "-q", "-z", "conv,tcp", "-r", capture.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            out.println("tshark_pps: unavailable (tshark not installed)");
            return;
        }
        long t = System.nanoTime();
        int exit = process.waitFor();
        long tsharkNanos = System.nanoTime() - t;
        if (exit != 0) {
            out.println("tshark_pps: unavailable (tshark exited with " + exit + ")");
            return;
        }
        out.println("tshark_pps: " + rate(packets, tsharkNanos));
        out.printf("analyze_vs_tshark_x: %.1f%n", (double) tsharkNanos / analyzeNanos);
    }

    private static long rate(long count, long nanos) {
        return nanos <= 0 ? 0 : (long) (count * 1e9 / nanos);
    }
}
