package io.plantwatch.cli;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.inventory.DeviceView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code devices [--zone Z] [--json]}: the merged inventory. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = {"The merged device inventory of all zones (or one).",
            "Each device lists the sensors that report it and where they disagree.",
            "--json prints the documented contract (README)."})
final class DevicesCommand implements Callable<Integer> {
    @Mixin DataDirectory data;
    @Option(names = "--zone", paramLabel = "ZONE", description = "Only this zone (ZONE or SITE/ZONE).") String zone;
    @Option(names = "--json", description = "Print JSON.") boolean json;

    private final PrintStream out;

    DevicesCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (ConsoleServices console = data.open()) {
            List<DeviceView> devices = console.inventory().devices(zone == null ? null : console.topology().findZone(zone));
            if (json) {
                out.println(new ConsoleJson().devices(devices));
                return 0;
            }
            out.printf("%-8s %-20s %-18s %-12s %-22s %-16s %-20s %s%n", "ID", "MAC", "IP", "TYPE", "VENDOR",
                    "SITE/ZONE", "SENSORS", "CONFLICTS");
            for (DeviceView d : devices) {
                out.printf("%-8d %-20s %-18s %-12s %-22s %-16s %-20s %s%n", d.id(), String.join(" ", d.macs()),
                        String.join(" ", d.ips()), orDash(d.type()), orDash(d.vendor()), d.site() + "/" + d.zone(),
                        String.join(",", d.sensors()), d.conflicts().isEmpty() ? "" : d.conflicts().stream()
                                .map(c -> c.field() + ": " + c.values().stream()
                                        .map(v -> v.value() + " (" + String.join(",", v.sensors()) + ")").toList())
                                .toList());
            }
            out.println(devices.size() + " devices");
            return 0;
        }
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
