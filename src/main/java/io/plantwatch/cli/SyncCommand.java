package io.plantwatch.cli;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.SensorSyncResult;
import io.plantwatch.console.sync.SyncListener;
import io.plantwatch.console.sync.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sync [--sensor NAME]...}: pull every (or the named) sensor's news into the console store. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Pull every sensor's news into the console store.",
            "All sensors in parallel, each in one transaction (a failed sync changes nothing);",
            "incremental on Plantwatch sensors, full pulls on Defender sensors."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every sensor synced", "1:at least one sensor failed (see sensors health)"})
final class SyncCommand implements Callable<Integer> {
    @Mixin DataDirectory data;
    @Option(names = "--sensor", paramLabel = "NAME", description = "Sync only this sensor (repeatable).")
    List<String> names = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;

    SyncCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try (ConsoleServices console = data.open()) {
            List<SensorRecord> selected = new ArrayList<>();
            for (String name : names) {
                selected.add(console.sensors().byName(name));
            }
            if (names.isEmpty()) {
                selected.addAll(console.sensors().list());
            }
            if (selected.isEmpty()) {
                err.println("no sensors registered (add one with: sensors add)");
                return 0;
            }
            SyncListener printer = new SyncListener() {
                @Override
                public void sensorFinished(SensorSyncResult r) {
                    synchronized (out) {
                        if (r.succeeded()) {
                            out.printf("%s: %s (%s, %s, %d items fetched, %d rows written) in %d ms%n", r.sensor(),
                                    r.health(), r.kind(), r.complete() ? "full" : "incremental", r.fetched(),
                                    r.rowsWritten(), r.millis());
                        } else {
                            out.printf("%s: %s: %s%n", r.sensor(), r.health(), r.error());
                        }
                    }
                }
            };
            SyncReport report = console.sync().sync(selected, printer, Cancellation.none());
            return report.allSucceeded() ? 0 : 1;
        }
    }
}
