package io.plantwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.sensor.tokens.TokenFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code bench sensor}: a sensor replaying a capture with {@code --fast}, its store and HTTPS API
 * running, against {@code analyze} on the same file, side by side in one run; and the latency of
 * {@code GET /api/v1/devices/} asked by a client thread while the sensor replays and stores.
 * The sensor runs as a child JVM (as it is deployed). It first replays a warm-up capture of another
 * plant ({@code --warm-up-mb}): analyze's best run is measured in a JVM that has already compiled
 * its code, and a sensor runs for months, so the replay is measured on a sensor that has run for a
 * while rather than on a JVM's first seconds (the warm-up's own rate is printed too, and
 * {@code --warm-up-mb 0} measures a sensor just started). Two times are taken from the moment the
 * sensor takes the measured capture's first frames (or says it listens, without a warm-up): until
 * its status counts every packet of the file (the pipeline has decoded them all and built its last
 * inventory snapshot: the packet rate the sensor sustains, the store and API running beside it)
 * and until its status says the replay is finished and stored (the writer has caught up).
 */
@Command(name = "sensor", mixinStandardHelpOptions = true,
        description = {"Sensor replay throughput (store and API running) vs analyze, and devices API latency.",
            "Without --file, writes (once) a synthetic capture of --size-mb to bench-data/."})
public final class SensorBench implements Callable<Integer> {
    private static final long POLL_MILLIS = 50;
    /** Polls closely for the moment the measured capture starts. */
    private static final long WARM_UP_POLL_MILLIS = 10;

    @Option(names = "--api-interval-ms", defaultValue = "100", description = "Pause between devices API requests; 0 asks back to back (default ${DEFAULT-VALUE}).")
    long apiIntervalMillis;

    @Mixin
    BenchCapture source;

    @Option(names = "--runs", defaultValue = "2", description = "Runs of each side; the best counts (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--min-devices", defaultValue = "10000", description = "Count API latencies only for answers with this many devices (default ${DEFAULT-VALUE}).")
    int minDevices;

    @Option(names = "--compare-detection", description = "Also replay with the sensor's detection and evidence ring off"
            + " (sensor --no-detection), alternating with the normal runs, and print what detection costs.")
    boolean compareDetection;

    @Option(names = "--warm-up-mb", defaultValue = "1024", description = "Before the measured replay the sensor replays"
            + " this many MB of other plants' synthetic traffic (at most 1 GB a plant; no host or flow in common), so the replay meets a"
            + " sensor that has run for a while (its code compiled, its store in use), as analyze's best run is warm;"
            + " 0 measures a sensor just started (default ${DEFAULT-VALUE}).")
    int warmUpMb;

    @Option(names = "--sensor-jvm-arg", paramLabel = "ARG", description = "An option for the sensor's JVM (repeatable), e.g. -XX:StartFlightRecording=filename=sensor.jfr.")
    List<String> sensorJvmArgs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final PrintStream out;

    public SensorBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (warmUpMb < 0 || warmUpMb > BenchCapture.MAX_OTHER_PLANTS_MB) {
            throw new ParameterException(spec.commandLine(),
                    "--warm-up-mb takes 0 to " + BenchCapture.MAX_OTHER_PLANTS_MB + " (five other plants of 1 GB)");
        }
        Path capture = source.resolve(out);
        out.println("sensor_process: child JVM, --replay --fast, store and HTTPS API running");
        out.printf("load_average_1m_before: %.2f%n", loadAverage());
        long packets = BareLoop.walk(capture)[0]; // also faults the pages in, as every run finds them
        WarmUp warmUp = null;
        if (warmUpMb > 0) {
            List<Path> others = source.otherPlants(warmUpMb, out);
            long warmUpPackets = 0;
            for (Path other : others) {
                warmUpPackets += BareLoop.walk(other)[0];
            }
            warmUp = new WarmUp(others, warmUpPackets);
            out.println("sensor_warm_up_file: " + others.stream().map(Path::toString).collect(Collectors.joining(", ")));
            out.println("sensor_warm_up_packets: " + warmUp.packets);
        } else {
            out.println("sensor_warm_up_file: none (the sensor is measured from its start)");
        }
        long analyzeNanos = Long.MAX_VALUE;
        long analyzeCpuNanos = Long.MAX_VALUE;
        long sensorNanos = Long.MAX_VALUE;
        long storedNanos = Long.MAX_VALUE;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> latencies = new ArrayList<>();
        // One analysis first, not counted: every counted one then runs compiled code, as the
        // sensor's replay does after its warm-up (one run alone was up to twice as slow).
        Analyzer.standard().analyze(List.of(capture), Progress.NONE);
        SensorRun last = null;
        SensorRun bestOff = null;
        SensorRun bestOn = null;
        for (int i = 0; i < runs; i++) {
            if (compareDetection) {
                System.gc();
                SensorRun off = replay(warmUp, capture, packets, List.of("--no-detection"));
                bestOff = bestOff == null || off.pipelineNanos < bestOff.pipelineNanos ? off : bestOff;
            }
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            Analyzer.standard().analyze(List.of(capture), Progress.NONE);
            analyzeNanos = Math.min(analyzeNanos, System.nanoTime() - t);
            analyzeCpuNanos = Math.min(analyzeCpuNanos, threads.getCurrentThreadCpuTime() - cpu);
            System.gc();
            last = replay(warmUp, capture, packets, List.of());
            if (last.pipelineNanos < sensorNanos) {
                bestOn = last;
            }
            sensorNanos = Math.min(sensorNanos, last.pipelineNanos);
            storedNanos = Math.min(storedNanos, last.storedNanos);
            latencies.addAll(last.latencies);
        }
        latencies.sort(Comparator.naturalOrder());
        out.println("packets: " + packets);
        out.println("sensor_packets: " + (last.packets - (warmUp == null ? 0 : warmUp.packets)));
        out.println("sensor_devices: " + last.devices);
        out.println("sensor_connections: " + last.connections);
        out.println("sensor_replay_pps: " + rate(packets, sensorNanos));
        out.println("analyze_pps: " + rate(packets, analyzeNanos));
        out.printf("sensor_vs_analyze_percent: %.1f%n", 100.0 * analyzeNanos / sensorNanos);
        if (warmUp != null) {
            out.println("sensor_warm_up_pps: " + rate(warmUp.packets, last.warmUpNanos));
        }
        out.println("sensor_stored_pps: " + rate(packets, storedNanos));
        out.printf("sensor_stored_vs_analyze_percent: %.1f%n", 100.0 * analyzeNanos / storedNanos);
        out.println("sensor_store_lag_ms: " + (last.storedNanos - last.pipelineNanos) / 1_000_000);
        out.printf("analyze_cpu_s: %.2f%n", analyzeCpuNanos / 1e9);
        for (Map.Entry<String, Double> e : last.cpuSeconds.entrySet()) {
            out.printf("sensor_cpu_%s_s: %.2f%n", e.getKey(), e.getValue());
        }
        // The same until the replay's last snapshot (what competed with the pipeline for the cores).
        for (Map.Entry<String, Double> e : last.replayCpuSeconds.entrySet()) {
            out.printf("sensor_replay_cpu_%s_s: %.2f%n", e.getKey(), e.getValue());
        }
        if (bestOff != null) {
            detectionComparison(packets, bestOn, bestOff);
        }
        out.println("devices_api_interval_ms: " + apiIntervalMillis);
        out.println("devices_api_requests: " + latencies.size());
        out.println("devices_api_requests_fewer_devices: " + last.fewerDevices);
        out.println("devices_api_min_devices: " + minDevices);
        out.println("devices_api_max_devices: " + last.maxDevices);
        if (latencies.isEmpty()) {
            out.println("devices_api_p50_ms: unavailable (no answer listed " + minDevices + " devices)");
        } else {
            out.printf("devices_api_p50_ms: %.1f%n", percentile(latencies, 50) / 1e6);
            out.printf("devices_api_p99_ms: %.1f%n", percentile(latencies, 99) / 1e6);
            out.printf("devices_api_max_ms: %.1f%n", latencies.get(latencies.size() - 1) / 1e6);
        }
        out.printf("load_average_1m_after: %.2f%n", loadAverage());
        return 0;
    }

    /**
     * Detection on against off, best run of each: wall rates (the shared machine's load moves
     * them) and the CPU seconds the sensor's threads used (steadier under load), pipeline thread
     * alone and all threads.
     */
    private void detectionComparison(long packets, SensorRun on, SensorRun off) {
        out.println("sensor_replay_no_detection_pps: " + rate(packets, off.pipelineNanos));
        out.printf("detection_replay_speed_percent: %.1f%n", 100.0 * off.pipelineNanos / on.pipelineNanos);
        out.println("sensor_stored_no_detection_pps: " + rate(packets, off.storedNanos));
        out.printf("detection_stored_speed_percent: %.1f%n", 100.0 * off.storedNanos / on.storedNanos);
        out.println("sensor_alerts: " + on.alerts);
        out.println("sensor_alerts_no_detection: " + off.alerts);
        for (Map.Entry<String, Double> e : off.cpuSeconds.entrySet()) {
            out.printf("sensor_no_detection_cpu_%s_s: %.2f%n", e.getKey(), e.getValue());
        }
        double onWork = work(on.cpuSeconds);
        double offWork = work(off.cpuSeconds);
        out.printf("sensor_work_cpu_s: %.2f%n", onWork);
        out.printf("sensor_no_detection_work_cpu_s: %.2f%n", offWork);
        out.printf("detection_cpu_overhead_percent: %.1f%n", overhead(onWork, offWork));
        for (String group : List.of("pipeline", "writer")) {
            Double a = on.cpuSeconds.get(group);
            Double b = off.cpuSeconds.get(group);
            if (a != null && b != null) {
                out.printf("detection_%s_cpu_overhead_percent: %.1f%n", group, overhead(a, b));
            }
        }
    }

    /**
     * CPU seconds of the work that grows with the capture: pipeline, writer, store background and
     * GC threads. The API threads are left out (the client asks for as long as the run lasts, so a
     * slower run is charged more) and so is the JIT (warm-up, the same work on both sides).
     */
    private static double work(Map<String, Double> cpu) {
        return List.of("pipeline", "writer", "store_background", "gc").stream()
                .mapToDouble(g -> cpu.getOrDefault(g, 0.0)).sum();
    }

    private static double overhead(double on, double off) {
        return off <= 0 ? 0 : 100.0 * (on - off) / off;
    }

    private record SensorRun(long pipelineNanos, long storedNanos, long packets, long devices, long connections, List<Long> latencies,
                             int maxDevices, int fewerDevices, Map<String, Double> cpuSeconds, long alerts,
                             long warmUpNanos, Map<String, Double> replayCpuSeconds) {
    }

    /** What the sensor replays first, in order, and their frame count. */
    private record WarmUp(List<Path> captures, long packets) {
    }

    /**
     * One sensor run: the warm-up capture (if any), then {@code capture}. Times run from the moment
     * the sensor takes the measured capture's first frames (its live count passes the warm-up's),
     * or from its start without a warm-up; CPU seconds are those of that stretch.
     */
    private SensorRun replay(WarmUp warmUp, Path capture, long packets, List<String> sensorArgs) throws Exception {
        Files.createDirectories(source.dir());
        Path data = Files.createTempDirectory(source.dir().toAbsolutePath(), "sensor-bench-");
        List<Path> captures = new ArrayList<>(warmUp == null ? List.of() : warmUp.captures);
        captures.add(capture);
        long before = warmUp == null ? 0 : warmUp.packets;
        try {
            String token = new TokenFile(data).create("bench");
            try (ChildSensor sensor = ChildSensor.start(data, captures, token, sensorJvmArgs, sensorArgs)) {
                DevicesApiLoad load = new DevicesApiLoad(sensor, minDevices, apiIntervalMillis);
                ProcessThreadsCpu cpu = new ProcessThreadsCpu(sensor.pid());
                load.start();
                JsonNode status;
                long start = warmUp == null ? sensor.listeningNanos() : 0;
                Map<String, Double> cpuAtStart = Map.of();
                Map<String, Double> cpuAtReplayEnd = null;
                long pipelineNanos = 0;
                long asked = sensor.listeningNanos();
                while (true) {
                    cpu.sample();
                    long askedBefore = asked;
                    asked = System.nanoTime();
                    status = sensor.status();
                    long now = System.nanoTime();
                    String state = status.get("captureState").asText();
                    if (start == 0 && status.get("packets").asLong() >= before) {
                        // The warm-up ended after the previous answer was made: the earliest the
                        // measured capture can have started, so its time is never understated.
                        start = askedBefore;
                        cpuAtStart = cpu.seconds();
                    }
                    if (start != 0 && pipelineNanos == 0 && status.get("inventoryPackets").asLong() >= before + packets) {
                        pipelineNanos = now - start;
                        cpuAtReplayEnd = cpu.seconds();
                    }
                    if ("REPLAY_FINISHED".equals(state)) {
                        break;
                    }
                    if (!"RUNNING".equals(state) && !"STARTING".equals(state)) {
                        throw new IllegalStateException("the sensor's capture is " + state + ": "
                                + status.get("captureError") + "\n" + sensor.recentLog());
                    }
                    Thread.sleep(start == 0 ? WARM_UP_POLL_MILLIS : POLL_MILLIS);
                }
                long storedNanos = System.nanoTime() - start;
                cpu.sample();
                load.stop();
                if (load.failure() != null) {
                    throw new IllegalStateException(load.failure() + "\n" + sensor.recentLog());
                }
                return new SensorRun(pipelineNanos == 0 ? storedNanos : pipelineNanos, storedNanos, status.get("packets").asLong(), status.get("devices").asLong(),
                        status.get("connections").asLong(), load.sortedLatencies(), load.maxDevices(),
                        load.fewerDevices(), since(cpuAtStart, cpu.seconds()), status.path("alerts").asLong(),
                        start - sensor.listeningNanos(),
                        since(cpuAtStart, cpuAtReplayEnd == null ? cpu.seconds() : cpuAtReplayEnd));
            }
        } finally {
            deleteTree(data);
        }
    }

    private static Map<String, Double> since(Map<String, Double> before, Map<String, Double> now) {
        Map<String, Double> spent = new java.util.LinkedHashMap<>();
        now.forEach((group, seconds) -> spent.put(group, seconds - before.getOrDefault(group, 0.0)));
        return spent;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long rate(long count, long nanos) {
        return nanos <= 0 ? 0 : (long) (count * 1e9 / nanos);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
