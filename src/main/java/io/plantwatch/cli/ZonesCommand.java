package io.plantwatch.cli;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.store.Zone;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** {@code zones add|list}. */
@Command(name = "zones", mixinStandardHelpOptions = true,
        description = "Add and list zones (devices merge within a zone, never across zones).")
final class ZonesCommand {
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a zone to a site.")
    static final class Add implements Callable<Integer> {
        @Mixin DataDirectory data;
        @Option(names = "--site", required = true, description = "The site (must exist).") String site;
        @Parameters(paramLabel = "NAME") String name;
        private final PrintStream out;

        Add(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            try (ConsoleServices console = data.open()) {
                out.println("added zone " + console.topology().addZone(site, name).path());
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List zones as SITE/ZONE.")
    static final class ListZones implements Callable<Integer> {
        @Mixin DataDirectory data;
        private final PrintStream out;

        ListZones(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            try (ConsoleServices console = data.open()) {
                for (Zone zone : console.topology().zones()) {
                    out.println(zone.path());
                }
                return 0;
            }
        }
    }
}
