package io.plantwatch.bench;

import io.plantwatch.simulate.PlantSimulator;
import io.plantwatch.simulate.SimulationResult;
import io.plantwatch.simulate.SimulationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code bench simulate}: how fast the plant simulator writes a capture. Prints the run's figures
 * as {@code key: value} lines; the capture goes to a temporary file that is deleted unless
 * {@code --out} is given.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Write a simulated plant capture and print devices, packets, bytes, seconds and packets/s.")
public final class SimulateBench implements Callable<Integer> {
    @Option(names = "--plant", defaultValue = "factory", description = "factory, building or utility (default: ${DEFAULT-VALUE}).")
    String plant;

    @Option(names = "--devices", defaultValue = "10000", description = "Devices (default: ${DEFAULT-VALUE}).")
    int devices;

    @Option(names = "--duration", defaultValue = "60", description = "Seconds of traffic (default: ${DEFAULT-VALUE}).")
    double duration;

    @Option(names = "--size-mb", description = "Size the capture to about this many MB instead of --duration.")
    long sizeMb;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", description = "Keep the capture here (default: a temporary file, deleted).")
    Path out;

    private final PrintStream stdout;

    public SimulateBench(PrintStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws Exception {
        Path file = out != null ? out : Files.createTempFile("plantwatch-bench-", ".pcap");
        try {
            SimulationSpec spec = SimulationSpec.of(plant, devices, duration, seed).withTargetBytes(sizeMb * 1_000_000L);
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            SimulationResult r = new PlantSimulator().write(spec, file);
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
            stdout.println("plant: " + plant);
            stdout.println("devices: " + r.truth().devices().size());
            stdout.printf("simulated_s: %.1f%n", r.durationSeconds());
            stdout.println("packets: " + r.packets());
            stdout.println("bytes: " + r.frameBytes());
            stdout.println("file_bytes: " + r.fileBytes());
            stdout.println("tcp_connections: " + r.tcpConnections());
            stdout.println("dns_queries: " + r.udpQueries());
            stdout.printf("elapsed_s: %.2f%n", r.elapsedSeconds());
            stdout.printf("packets_per_s: %.0f%n", r.packetsPerSecond());
            stdout.printf("write_s: %.2f%n", r.writeSeconds());
            stdout.printf("write_packets_per_s: %.0f%n", r.writePacketsPerSecond());
            stdout.printf("mb_per_s: %.1f%n", r.fileBytes() / 1e6 / r.elapsedSeconds());
            // The machine is shared: CPU time of the writing thread is the steadier figure.
            stdout.printf("cpu_s: %.2f%n", cpuSeconds);
            stdout.printf("packets_per_cpu_s: %.0f%n", r.packets() / cpuSeconds);
            return 0;
        } finally {
            if (out == null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".truth.json"));
            }
        }
    }
}
