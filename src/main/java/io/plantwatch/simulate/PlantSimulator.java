package io.plantwatch.simulate;

import io.plantwatch.capture.CaptureWriter;
import io.plantwatch.decode.MacAddress;
import io.plantwatch.simulate.events.EventCatalog;
import io.plantwatch.simulate.events.EventType;
import io.plantwatch.simulate.events.InjectedEvent;
import io.plantwatch.simulate.plant.Catalogue;
import io.plantwatch.simulate.plant.PlantBuilder;
import io.plantwatch.simulate.plant.PlantLayout;
import io.plantwatch.simulate.plant.PlantRecipe;
import io.plantwatch.simulate.plant.Role;
import io.plantwatch.simulate.plant.SimDevice;
import io.plantwatch.simulate.plant.Zone;
import io.plantwatch.simulate.traffic.CaptureSink;
import io.plantwatch.simulate.traffic.Conversation;
import io.plantwatch.simulate.traffic.CountingSink;
import io.plantwatch.simulate.traffic.PacketSink;
import io.plantwatch.simulate.traffic.Scheduler;
import io.plantwatch.simulate.traffic.Traffic;
import io.plantwatch.simulate.traffic.ZoneSink;
import io.plantwatch.simulate.truth.Truth;
import io.plantwatch.simulate.truth.TruthFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the capture of a simulated plant and its ground truth. The in-process API for the
 * {@code simulate} command, tests and benchmarks:
 * <pre>{@code new PlantSimulator().write(SimulationSpec.of("factory", 500, 60, 1), Path.of("plant.pcap"))}</pre>
 * The same spec always gives the same bytes. Thread-safe: every call has its own state.
 */
public final class PlantSimulator {
    private static final double SIZING_SECONDS = 60;
    private static final double SIZING_MARGIN = 1.08;

    private final Catalogue catalogue;
    private final PlantRecipe recipe;
    private final EventCatalog eventCatalog;

    public PlantSimulator() {
        this(Catalogue.standard(), PlantRecipe.standard(), EventCatalog.standard());
    }

    public PlantSimulator(Catalogue catalogue, PlantRecipe recipe, EventCatalog eventCatalog) {
        this.catalogue = catalogue;
        this.recipe = recipe;
        this.eventCatalog = eventCatalog;
    }

    /** The fewest devices a plant of this kind and zone count can have. */
    public int minimumDevices(String plant, int zones) {
        return new PlantBuilder(catalogue, recipe).minimumDevices(plant, zones);
    }

    /**
     * Writes {@code out} (pcapng when it ends in {@code .pcapng}), or with per-zone files
     * {@code NAME.zoneK.EXT} for each zone, and {@code out.truth.json}.
     */
    public SimulationResult write(SimulationSpec spec, Path out) throws IOException {
        long began = System.nanoTime();
        double duration = spec.targetBytes() > 0 ? durationFor(spec) : spec.durationSeconds();
        Run run = plan(spec, duration);
        List<Path> files = new ArrayList<>();
        List<CaptureWriter> writers = new ArrayList<>();
        try {
            PacketSink sink;
            if (spec.perZoneFiles()) {
                for (Zone z : run.layout.zones()) {
                    Path file = zoneFile(out, z.index());
                    files.add(file);
                    writers.add(CaptureWriter.create(file));
                }
                sink = new ZoneSink(writers, run.layout.firewall().mac());
            } else {
                files.add(out);
                writers.add(CaptureWriter.create(out));
                sink = new CaptureSink(writers.get(0));
            }
            CountingSink counts = new CountingSink(sink);
            long writing = System.nanoTime();
            new Scheduler().run(run.conversations, new Traffic(counts, run.layout.routing(), run.closeAt));
            close(writers);
            double writeSeconds = (System.nanoTime() - writing) / 1e9;
            long fileBytes = writers.stream().mapToLong(CaptureWriter::fileBytes).sum();
            Truth truth = truth(spec, duration, run, files, counts);
            Path truthFile = TruthFiles.beside(out);
            TruthFiles.write(truthFile, truth);
            return new SimulationResult(files, truthFile, counts.packets(), counts.bytes(), fileBytes,
                    counts.tcpConnections(), counts.dnsQueries(), duration, (System.nanoTime() - began) / 1e9,
                    writeSeconds, truth);
        } finally {
            close(writers);
        }
    }

    /** The file of zone {@code index} for an output named {@code out}: {@code plant.zone1.pcap}. */
    public static Path zoneFile(Path out, int index) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".pcap";
        return out.resolveSibling(base + ".zone" + index + extension);
    }

    /** Runs the plant for a minute into a counter to learn its byte rate, then sizes the duration. */
    private double durationFor(SimulationSpec spec) {
        Run sizing = plan(spec, SIZING_SECONDS);
        CountingSink counts = new CountingSink(null);
        new Scheduler().run(sizing.conversations, new Traffic(counts, sizing.layout.routing(), sizing.closeAt));
        double bytesPerSecond = Math.max(1, counts.bytes() / SIZING_SECONDS);
        return Math.max(SIZING_SECONDS, spec.targetBytes() / bytesPerSecond * SIZING_MARGIN);
    }

    private Run plan(SimulationSpec spec, double durationSeconds) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        PlantBuilder builder = new PlantBuilder(catalogue, recipe);
        PlantLayout layout = builder.build(spec.plant(), spec.devices(), spec.zones(), random.split());
        long start = spec.startEpochSeconds() * 1_000_000_000L;
        long duration = Math.round(durationSeconds * 1e9);
        TrafficPlan traffic = new TrafficPlan(layout, recipe.rates(), catalogue, start, duration, random.split());
        List<Conversation> conversations = traffic.build();
        EventPlan eventPlan = new EventPlan(layout, traffic, builder, catalogue, eventCatalog, start, duration,
                random.split());
        Set<EventType> requested = spec.events() == null ? eventPlan.applicable() : spec.events();
        List<InjectedEvent> events = eventPlan.add(requested.isEmpty() ? EnumSet.noneOf(EventType.class)
                : EnumSet.copyOf(requested), conversations);
        List<SimDevice> devices = new ArrayList<>(layout.devices());
        devices.addAll(eventPlan.extraDevices());
        return new Run(layout, devices, conversations, events, start + duration);
    }

    private Truth truth(SimulationSpec spec, double duration, Run run, List<Path> files, CountingSink counts) {
        List<Truth.ZoneInfo> zones = new ArrayList<>();
        for (Zone z : run.layout.zones()) {
            zones.add(new Truth.ZoneInfo(z.index(), z.name(), ipText(z.network()) + "/" + z.prefixLength(),
                    ipText(z.gateway()), spec.perZoneFiles() ? files.get(z.index()).getFileName().toString() : null));
        }
        List<Truth.TruthDevice> devices = run.devices.stream().map(d -> device(d, run.layout)).toList();
        List<Truth.TruthEvent> events = run.events.stream().map(e -> new Truth.TruthEvent(e.type(),
                seconds(e.timeNanos()), e.source(), e.sourceMac(), e.destination(), e.targets(), e.protocol(),
                e.techniques(), e.description())).toList();
        Truth.Spec s = new Truth.Spec(spec.plant(), spec.devices(), duration, spec.seed(), spec.zones(),
                spec.perZoneFiles(), run.events.stream().map(InjectedEvent::type).toList());
        Truth.Capture capture = new Truth.Capture(files.stream().map(f -> f.getFileName().toString()).toList(),
                counts.packets(), counts.bytes(), seconds(counts.first()), seconds(counts.last()));
        return new Truth("plantwatch simulate", s, capture, zones, devices, events);
    }

    private static Truth.TruthDevice device(SimDevice d, PlantLayout layout) {
        String identity = d.model().identity();
        boolean stated = !"oui".equals(identity);
        List<String> ips = new ArrayList<>();
        if (d.role() == Role.FIREWALL) {
            layout.zones().forEach(z -> ips.add(ipText(z.gateway())));
        } else {
            ips.add(ipText(d.ip()));
        }
        List<String> protocols = new ArrayList<>();
        if (!"none".equals(d.protocol())) {
            protocols.add(d.protocol());
        }
        if ("lldp".equals(identity) && !protocols.contains("lldp")) {
            protocols.add("lldp");
        }
        if (d.model().usesDhcp()) {
            protocols.add("dhcp");
        }
        String model = stated ? d.model().model() : null;
        String firmware = stated ? d.firmwareVersion() : null;
        List<Truth.Advisory> advisories = d.firmware() == null ? List.of() : d.firmware().advisories().stream()
                .map(a -> new Truth.Advisory(a.id(), a.product(), a.range())).toList();
        return new Truth.TruthDevice("dev-" + (d.index() + 1), d.name(), List.of(MacAddress.toString(d.mac())), ips,
                d.vendor(), model, firmware, d.model().type(), d.model().purdueLevel(), d.zone(),
                d.role().name().toLowerCase(java.util.Locale.ROOT), d.model().os(), protocols, identity,
                d.model().orderNumber(), d.serial(), d.authorized(), advisories);
    }

    private static void close(List<CaptureWriter> writers) throws IOException {
        IOException failure = null;
        for (CaptureWriter w : writers) {
            try {
                w.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    static double seconds(long nanos) {
        return nanos / 1_000_000 / 1000.0 + (nanos % 1_000_000) / 1e9;
    }

    static int parseIp(String text) {
        String[] p = text.split("\\.");
        return Integer.parseInt(p[0]) << 24 | Integer.parseInt(p[1]) << 16 | Integer.parseInt(p[2]) << 8
                | Integer.parseInt(p[3]);
    }

    static String ipText(int ip) {
        return (ip >>> 24) + "." + ((ip >>> 16) & 0xFF) + "." + ((ip >>> 8) & 0xFF) + "." + (ip & 0xFF);
    }

    private record Run(PlantLayout layout, List<SimDevice> devices, List<Conversation> conversations,
                       List<InjectedEvent> events, long closeAt) {
    }
}
