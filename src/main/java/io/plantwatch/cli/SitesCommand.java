package io.plantwatch.cli;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.store.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** {@code sites add|list}. */
@Command(name = "sites", mixinStandardHelpOptions = true, description = "Add and list sites (sites contain zones).")
final class SitesCommand {
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a site.")
    static final class Add implements Callable<Integer> {
        @Mixin DataDirectory data;
        @Parameters(paramLabel = "NAME") String name;
        private final PrintStream out;

        Add(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            try (ConsoleServices console = data.open()) {
                out.println("added site " + console.topology().addSite(name).name());
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List sites.")
    static final class ListSites implements Callable<Integer> {
        @Mixin DataDirectory data;
        private final PrintStream out;

        ListSites(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            try (ConsoleServices console = data.open()) {
                for (Site site : console.topology().sites()) {
                    out.println(site.name());
                }
                return 0;
            }
        }
    }
}
