package io.plantwatch.bench.push;

import io.plantwatch.bench.ProcessCpu;
import io.plantwatch.bench.SyntheticCapture;
import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.sensors.TokenStore;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.RetryPolicy;
import io.plantwatch.console.sync.SensorClients;
import io.plantwatch.console.ti.PushListener;
import io.plantwatch.console.ti.SensorPushResult;
import io.plantwatch.console.ti.TiPushService;
import io.plantwatch.sensor.SensorConfig;
import io.plantwatch.sensor.SensorService;
import io.plantwatch.sensor.ti.TrustedKeys;
import io.plantwatch.sensor.tokens.TokenFile;
import io.plantwatch.ti.content.PackageFiles;
import io.plantwatch.ti.format.SigningKeys;
import io.plantwatch.ti.format.SignedPackage;
import io.plantwatch.ti.format.PackageWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * {@code bench push}: pushes one signed package of {@code --size-mb} to one sensor, then to
 * {@code --sensors} sensors through the console's {@link TiPushService}, side by side in one run.
 * The sensors are real {@link SensorService}s (HTTPS, token, signature check, apply) in this JVM
 * on loopback, each replaying a tiny capture; the package is padded with incompressible bytes so
 * the wire carries the full size. Every push is confirmed by the sensor's status.
 */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Push a TI package to N sensors vs to one; prints single_push_ms, all_push_ms, ratio.")
public final class PushBench implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--sensors", defaultValue = "20", description = "Sensors (default ${DEFAULT-VALUE}).")
    int sensors;
    @Option(names = "--size-mb", defaultValue = "50", description = "Package size in MB (default ${DEFAULT-VALUE}).")
    int sizeMb;
    @Option(names = "--concurrency", defaultValue = "8", description = "Uploads at once (default ${DEFAULT-VALUE}).")
    int concurrency;

    private final PrintStream out;

    public PushBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("plantwatch-push-bench");
        List<SensorService> services = new ArrayList<>();
        try {
            KeyPair keys = SigningKeys.generate();
            SigningKeys.write(keys, work.resolve("keys"));
            Path capture = work.resolve("tiny.pcap");
            new SyntheticCapture(4, 2, 2, 1).write(capture, 64 * 1024);
            byte[] pkg = benchPackage(keys, "bench-1").zip();
            byte[] pkg2 = benchPackage(keys, "bench-2").zip();
            Path consoleDir = work.resolve("console");
            List<SensorRecord> records;
            try (ConsoleServices console = ConsoleServices.open(consoleDir)) {
                for (int i = 0; i <= sensors; i++) {
                    String name = String.format("bench-%02d", i);
                    Path data = work.resolve(name);
                    String token = new TokenFile(data).create("bench");
                    TrustedKeys.install(data, List.of(work.resolve("keys").resolve(SigningKeys.PUBLIC_FILE)));
                    SensorService service = SensorService.start(new SensorConfig(name, data, "127.0.0.1", 0, null,
                            List.of(capture), 0, false, 1000), "bench");
                    services.add(service);
                    console.sensors().add(name, "https://127.0.0.1:" + service.port(), token, "bench",
                            i == 0 ? "warmup" : "fleet", Fingerprint.parse(service.fingerprint()));
                }
                records = console.sensors().list();
            }
            TiPushService push = new TiPushService(new SensorClients(new TokenStore(consoleDir), RetryPolicy.DEFAULT),
                    concurrency);
            List<SensorRecord> warmup = records.stream().filter(r -> r.zoneName().equals("warmup")).toList();
            List<SensorRecord> fleet = records.stream().filter(r -> r.zoneName().equals("fleet"))
                    .sorted(Comparator.comparing(SensorRecord::name)).toList();
            check(push.push(pkg, "bench-1", warmup, PushListener.NONE, Cancellation.none()));
            check(push.push(pkg2, "bench-2", warmup, PushListener.NONE, Cancellation.none()));

            long c0 = ProcessCpu.nanos();
            long t0 = System.nanoTime();
            check(push.push(pkg, "bench-1", fleet.subList(0, 1), PushListener.NONE, Cancellation.none()));
            long single = (System.nanoTime() - t0) / 1_000_000;
            long singleCpu = (ProcessCpu.nanos() - c0) / 1_000_000;
            long c1 = ProcessCpu.nanos();
            Map<Long, Long> threadsBefore = threadCpu();
            long t1 = System.nanoTime();
            check(push.push(pkg, "bench-1", fleet, PushListener.NONE, Cancellation.none()));
            long all = (System.nanoTime() - t1) / 1_000_000;
            long allCpu = (ProcessCpu.nanos() - c1) / 1_000_000;
            long sensorCpu = sensorThreadsCpu(threadsBefore) / 1_000_000;
            int cores = Runtime.getRuntime().availableProcessors();

            out.println("sensors: " + fleet.size());
            out.println("package_bytes: " + pkg.length);
            out.println("concurrency: " + concurrency);
            out.println("single_push_ms: " + single);
            out.println("all_push_ms: " + all);
            out.println("ratio: " + String.format(java.util.Locale.ROOT, "%.2f", all / (double) Math.max(1, single)));
            out.println("cores: " + cores);
            // CPU of this whole process (console and sensors alike): what the push costs whatever
            // else the machine runs. The floor is the ratio a machine with only these cores and
            // nothing else on them could reach: all that CPU spread over every core, against the
            // single push's wall time.
            out.println("single_push_cpu_ms: " + singleCpu);
            out.println("all_push_cpu_ms: " + allCpu);
            out.println("cpu_per_sensor_ms: " + allCpu / fleet.size());
            out.println("cpu_floor_ratio: " + String.format(java.util.Locale.ROOT, "%.2f",
                    allCpu / (double) cores / Math.max(1, single)));
            // The sensors' share (their Jetty threads: receive, TLS, verify, apply) and the rest
            // (the console's uploads, TLS, GC): deployed sensors have CPUs of their own.
            out.println("sensor_cpu_per_sensor_ms: " + sensorCpu / fleet.size());
            out.println("console_cpu_per_sensor_ms: " + Math.max(0, allCpu - sensorCpu) / fleet.size());
            return 0;
        } finally {
            for (SensorService service : services) {
                service.close();
            }
            deleteTree(work);
        }
    }

    /** CPU time per live thread id. */
    private static Map<Long, Long> threadCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
        return cpu;
    }

    /** CPU the sensors' server threads (their Jetty pools, named "api", see ApiServer) used since {@code before}. */
    private static long sensorThreadsCpu(Map<Long, Long> before) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("api-")) {
                long now = threads.getThreadCpuTime(info.getThreadId());
                sum += Math.max(0, now - before.getOrDefault(info.getThreadId(), 0L));
            }
        }
        return sum;
    }

    /** A signed package with the normal (empty) content files and incompressible padding up to the size. */
    private SignedPackage benchPackage(KeyPair keys, String version) throws Exception {
        byte[] padding = new byte[sizeMb << 20];
        new Random(7).nextBytes(padding);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PackageFiles.INDICATORS, "{\"indicators\":[]}\n".getBytes(StandardCharsets.UTF_8));
        files.put("bench-padding.bin", padding);
        return new PackageWriter(keys.getPrivate()).write(version, Instant.parse("2026-01-01T00:00:00Z"), "bench",
                Map.of(), files);
    }

    private static void check(List<SensorPushResult> results) {
        for (SensorPushResult r : results) {
            if (!r.ok()) {
                throw new IllegalStateException("push to " + r.sensor() + " failed: " + r.error());
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // best effort: a temp directory
        }
    }
}
