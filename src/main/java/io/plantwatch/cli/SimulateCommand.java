package io.plantwatch.cli;

import io.plantwatch.simulate.PlantSimulator;
import io.plantwatch.simulate.SimulationResult;
import io.plantwatch.simulate.SimulationSpec;
import io.plantwatch.simulate.events.EventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Write a capture of a synthetic plant laid out by Purdue level, with the identities its",
            "protocols carry and injected attack events, plus FILE.truth.json (every device and event)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:could not write", "2:bad command line"})
final class SimulateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Capture to write (.pcapng for pcapng, otherwise pcap).")
    Path out;

    @Option(names = "--plant", defaultValue = "factory", description = "factory, building or utility (default: ${DEFAULT-VALUE}).")
    String plant;

    @Option(names = "--devices", defaultValue = "200", description = "Devices in the plant (default: ${DEFAULT-VALUE}).")
    int devices;

    @Option(names = "--duration", defaultValue = "300", paramLabel = "SECONDS",
            description = "Capture length in seconds (default: ${DEFAULT-VALUE}).")
    double duration;

    @Option(names = "--seed", defaultValue = "1", description = "Same seed, same bytes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--zones", defaultValue = "3",
            description = "Zones: 0 is the site zone, the others production cells (default: ${DEFAULT-VALUE}).")
    int zones;

    @Option(names = "--per-zone-files", description = "Write one capture per zone (NAME.zoneK.EXT), as a sensor in that zone sees it.")
    boolean perZoneFiles;

    @Option(names = "--events", defaultValue = "all", paramLabel = "LIST",
            description = "Comma-separated events, 'all' (those the plant can host) or 'none'. Known: new-device, "
                    + "port-scan, modbus-write, program-download, plc-stop, dnp3-restart, internet-connection, "
                    + "cleartext-credentials, arp-spoof.")
    String events;

    @Option(names = "--target-mb", paramLabel = "MB", description = "Size the capture to about this many MB instead of --duration.")
    long targetMb;

    @Option(names = "--start", paramLabel = "EPOCH_SECONDS", description = "Time of the first frame (default: 2025-03-03T06:00:00Z).")
    Long start;

    private final PrintStream stdout;

    SimulateCommand(PrintStream out) {
        this.stdout = out;
    }

    @Override
    public Integer call() throws Exception {
        SimulationSpec spec = new SimulationSpec(plant, devices, duration, seed, zones, perZoneFiles, events(),
                start == null ? SimulationSpec.DEFAULT_START : start, targetMb * 1_000_000L);
        SimulationResult r;
        try {
            r = new PlantSimulator().write(spec, out);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new java.io.IOException("cannot write " + e.getFile() + ": no such directory", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new java.io.IOException("cannot write " + e.getFile() + ": permission denied", e);
        }
        for (Path f : r.files()) {
            stdout.println("wrote: " + f);
        }
        stdout.println("truth: " + r.truthFile());
        stdout.println("devices: " + r.truth().devices().size());
        stdout.println("events: " + r.truth().events().size());
        stdout.println("packets: " + r.packets());
        stdout.println("bytes: " + r.frameBytes());
        stdout.printf("duration_s: %.1f%n", r.durationSeconds());
        stdout.printf("elapsed_s: %.2f%n", r.elapsedSeconds());
        stdout.printf("packets_per_s: %.0f%n", r.packetsPerSecond());
        return 0;
    }

    private Set<EventType> events() {
        String list = events.trim();
        if (list.equalsIgnoreCase("all")) {
            return null;
        }
        Set<EventType> selected = EnumSet.noneOf(EventType.class);
        if (list.equalsIgnoreCase("none") || list.isEmpty()) {
            return selected;
        }
        for (String id : list.split(",")) {
            selected.add(EventType.parse(id));
        }
        return selected;
    }
}
