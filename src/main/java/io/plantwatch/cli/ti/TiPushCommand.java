package io.plantwatch.cli.ti;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.sensors.TokenStore;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.RetryPolicy;
import io.plantwatch.console.sync.SensorClients;
import io.plantwatch.console.ti.PushHistory;
import io.plantwatch.console.ti.PushListener;
import io.plantwatch.console.ti.PushTargets;
import io.plantwatch.console.ti.SensorPushResult;
import io.plantwatch.console.ti.TiPushService;
import io.plantwatch.ti.format.Digests;
import io.plantwatch.ti.format.Manifest;
import io.plantwatch.ti.format.PackageRejectedException;
import io.plantwatch.ti.format.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Push a TI package to sensors in parallel and print each sensor's result.",
            "The console verifies the package first (signature against its trusted publisher keys, see 'ti trust', plus any --trust; every file's SHA-256); each sensor verifies it again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every target sensor reports the new version", "1:at least one sensor failed"})
final class TiPushCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The package (omit with --retry-failed).")
    Path file;
    @Option(names = "--all", description = "Every registered sensor.")
    boolean all;
    @Option(names = "--site", paramLabel = "S", description = "Sensors of this site (repeatable).")
    List<String> sites = new ArrayList<>();
    @Option(names = "--zone", paramLabel = "Z", description = "Sensors of this zone (repeatable).")
    List<String> zones = new ArrayList<>();
    @Option(names = "--sensor", paramLabel = "NAME", arity = "1..*", description = "These sensors.")
    List<String> names = new ArrayList<>();
    @Option(names = "--retry-failed", description = "Push the last pushed package again to the sensors that failed.")
    boolean retryFailed;
    @Option(names = "--trust", paramLabel = "PUBKEY", description = "Also trust this key for this push (besides the console's, see 'ti trust').")
    List<Path> trust = new ArrayList<>();
    @Option(names = "--concurrency", defaultValue = "8", description = "Uploads at once (default ${DEFAULT-VALUE}).")
    int concurrency;
    @Option(names = "--data", paramLabel = "DIR", description = "The console's data directory (default: ~/.plantwatch).")
    Path data;

    private final PrintStream out;

    TiPushCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = data == null ? ConsoleServices.defaultDataDirectory() : data;
        PushHistory history = new PushHistory(dir);
        byte[] bytes;
        if (retryFailed) {
            if (file != null) {
                throw new IllegalArgumentException("--retry-failed pushes the last package: give no FILE");
            }
            bytes = history.lastPackage();
        } else if (file == null) {
            throw new IllegalArgumentException("give the package FILE (or --retry-failed)");
        } else {
            bytes = Files.readAllBytes(file);
        }
        String sha256 = Digests.sha256(bytes);
        try (ConsoleServices console = ConsoleServices.open(dir)) {
            Manifest manifest = check(console, bytes);
            console.tiPackages().imported(manifest, sha256);
            List<SensorRecord> targets;
            if (retryFailed) {
                List<PushHistory.Push> pushes = history.pushes();
                List<String> failed = pushes.get(pushes.size() - 1).results().values().stream()
                        .filter(r -> !r.ok()).map(SensorPushResult::sensor).toList();
                if (failed.isEmpty()) {
                    out.println("nothing to retry: every sensor of the last push succeeded");
                    return 0;
                }
                targets = PushTargets.select(console.sensors().list(), false, List.of(), List.of(), failed);
            } else {
                targets = PushTargets.select(console.sensors().list(), all, sites, zones, names);
            }
            out.println("package: " + manifest.version() + " (" + bytes.length + " bytes) to " + targets.size() + " sensors");
            TiPushService service = new TiPushService(new SensorClients(new TokenStore(dir), RetryPolicy.DEFAULT),
                    concurrency);
            List<SensorPushResult> results = service.push(bytes, manifest.version(), targets, new PushListener() {
                @Override
                public void finished(SensorPushResult r) {
                    synchronized (out) {
                        out.println(r.sensor() + ": " + (r.ok() ? "OK " + r.tiVersion() + " in " + r.millis() + " ms"
                                : "FAILED " + r.error()));
                    }
                }
            }, Cancellation.none());
            PushHistory.Push push = history.record(bytes, manifest.version(), sha256, results, System.currentTimeMillis());
            console.sensors().recordTiVersions(SensorPushResult.confirmedVersions(results));
            long ok = push.results().values().stream().filter(SensorPushResult::ok).count();
            out.println("ok: " + ok);
            out.println("failed: " + (push.results().size() - ok));
            return ok == push.results().size() ? 0 : 1;
        }
    }

    private Manifest check(ConsoleServices console, byte[] bytes) throws Exception {
        try {
            List<PublicKey> keys = new ArrayList<>();
            for (Path key : trust) {
                keys.add(SigningKeys.readPublic(key));
            }
            return console.tiPublishers().verify(bytes, keys).manifest();
        } catch (PackageRejectedException e) {
            throw new IllegalStateException("rejected: " + e.getMessage(), e);
        }
    }
}
