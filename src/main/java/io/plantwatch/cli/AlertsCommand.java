package io.plantwatch.cli;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.alerts.AlertService;
import io.plantwatch.console.alerts.AlertView;
import io.plantwatch.console.sync.AlertPropagation;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.model.ApiAlertAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code alerts [--json]} and {@code alerts handle ID...}. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "The merged alerts of all sensors (newest first). 'alerts handle' handles them.")
final class AlertsCommand implements Callable<Integer> {
    @Mixin DataDirectory data;
    @Option(names = "--zone", paramLabel = "ZONE", description = "Only this zone (ZONE or SITE/ZONE).") String zone;
    @Option(names = "--json", description = "Print JSON.") boolean json;

    private final PrintStream out;

    AlertsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (ConsoleServices console = data.open()) {
            List<AlertView> alerts = console.alerts().alerts(zone == null ? null : console.topology().findZone(zone));
            if (json) {
                out.println(new ConsoleJson().alerts(alerts));
                return 0;
            }
            out.printf("%-6s %-24s %-9s %-8s %-40s %-32s %s%n", "ID", "TIME", "SEVERITY", "HANDLED", "TITLE",
                    "SOURCE -> DESTINATION", "SENSORS");
            for (AlertView a : alerts) {
                out.printf("%-6d %-24s %-9s %-8s %-40s %-32s %s%n", a.id(), Instant.ofEpochMilli(a.time()), a.severity(),
                        a.handled() ? "yes" : "no", a.title(), a.source() + " -> " + a.destination(),
                        String.join(",", a.sensors()));
            }
            out.println(alerts.size() + " alerts");
            return 0;
        }
    }

    @Command(name = "handle", mixinStandardHelpOptions = true,
            description = "Handle alerts in the console and on the sensors that raised them.")
    static final class Handle implements Callable<Integer> {
        @Mixin DataDirectory data;
        @Parameters(arity = "1..*", paramLabel = "ID", description = "Console alert ids (see 'alerts').") List<Long> ids;
        @Option(names = "--learn", description = "Handle and learn: the sensors add the traffic to their baseline.")
        boolean learn;

        private final PrintStream out;

        Handle(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            String action = learn ? ApiAlertAction.HANDLE_AND_LEARN : ApiAlertAction.HANDLE;
            try (ConsoleServices console = data.open()) {
                boolean allDelivered = true;
                for (AlertService.HandleResult result : console.bulkAlertHandling().run(ids, action,
                        io.plantwatch.console.jobs.JobListener.NONE, Cancellation.none())) {
                    out.println("alert " + result.alert().id() + " handled (" + action + ")");
                    for (AlertPropagation.Outcome outcome : result.outcomes()) {
                        allDelivered &= outcome.delivered();
                        out.println("  " + outcome.sensor() + " " + outcome.uuid() + ": "
                                + (outcome.delivered() ? "accepted" : "not reached, will retry after its next sync: "
                                + outcome.error()));
                    }
                }
                return allDelivered ? 0 : 1;
            }
        }
    }
}
