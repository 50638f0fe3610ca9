package io.plantwatch.cli;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.sensors.CertificateRefusedException;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.sensors.SensorRegistry;
import io.plantwatch.console.store.SensorRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sensors add|list|remove|health}: the console's sensor registry. */
@Command(name = "sensors", mixinStandardHelpOptions = true, description = "Add, list and remove sensors; show their health.")
final class SensorsCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Register a sensor. The console fetches its certificate and pins its SHA-256 fingerprint",
                "once you confirm it (or pass --fingerprint). The site and zone are made when new."})
    static final class Add implements Callable<Integer> {
        @Mixin DataDirectory data;
        @Option(names = "--name", required = true, description = "A name for the sensor.") String name;
        @Option(names = "--url", required = true, description = "The sensor's base URL (https://HOST:PORT).") String url;
        @Option(names = "--token", description = "The sensor's API token (visible to other users in the process list: "
                + "prefer --token-file).") String token;
        @Option(names = "--token-file", paramLabel = "FILE", description = "Read the API token from FILE.") Path tokenFile;
        @Option(names = "--site", required = true, description = "The site the sensor belongs to.") String site;
        @Option(names = "--zone", required = true, description = "The zone within the site.") String zone;
        @Option(names = "--fingerprint", paramLabel = "SHA256",
                description = "The certificate fingerprint you expect (confirms without asking).") String fingerprint;

        private final PrintStream out;
        private final PrintStream err;
        private final InputStream in;

        Add(PrintStream out, PrintStream err, InputStream in) {
            this.out = out;
            this.err = err;
            this.in = in;
        }

        @Override
        public Integer call() throws IOException {
            String secret = token;
            if (tokenFile != null) {
                secret = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            }
            if (secret == null || secret.isEmpty()) {
                err.println("error: give the sensor's API token with --token or --token-file");
                return 2;
            }
            try (ConsoleServices console = data.open()) {
                SensorRegistry registry = console.sensors();
                SensorRegistry.Probe probe = registry.probe(url);
                Fingerprint confirmed;
                if (fingerprint != null) {
                    confirmed = Fingerprint.parse(fingerprint);
                } else {
                    out.println("The sensor at " + probe.url() + " presents a certificate for " + probe.subject());
                    out.println("SHA-256 fingerprint: " + probe.fingerprint());
                    out.print("Compare it with the fingerprint the sensor shows. Trust it? [y/N] ");
                    out.flush();
                    String answer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
                    if (answer == null) {
                        err.println("error: no answer (not interactive?): pass --fingerprint " + probe.fingerprint()
                                + " after checking it");
                        return 1;
                    }
                    if (!answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                        err.println("not added: certificate not confirmed");
                        return 1;
                    }
                    confirmed = probe.fingerprint();
                }
                SensorRecord sensor = registry.add(name, url, secret, site, zone, confirmed);
                out.println("added sensor " + sensor.name() + " in " + sensor.siteName() + "/" + sensor.zoneName()
                        + ", certificate pinned (SHA-256 " + sensor.fingerprint() + ")");
                return 0;
            } catch (CertificateRefusedException e) {
                err.println("error: not added: " + e.getMessage());
                return 1;
            }
        }
    }

    /** What {@code list} and {@code health} share: the sensors, as JSON or as a table of their own. */
    abstract static class SensorTable implements Callable<Integer> {
        @Mixin DataDirectory data;
        @Option(names = "--json", description = "Print JSON.") boolean json;
        final PrintStream out;

        SensorTable(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            try (ConsoleServices console = data.open()) {
                List<SensorRecord> sensors = console.sensors().list();
                if (json) {
                    out.println(new ConsoleJson().sensors(sensors, console.tiPackages().newestVersion(sensors)));
                } else {
                    printTable(sensors);
                }
                return 0;
            }
        }

        abstract void printTable(List<SensorRecord> sensors);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List registered sensors.")
    static final class ListSensors extends SensorTable {
        ListSensors(PrintStream out) {
            super(out);
        }

        @Override
        void printTable(List<SensorRecord> sensors) {
            out.printf("%-20s %-30s %-40s %-13s %s%n", "NAME", "SITE/ZONE", "URL", "HEALTH", "FINGERPRINT (SHA-256)");
            for (SensorRecord s : sensors) {
                out.printf("%-20s %-30s %-40s %-13s %s%n", s.name(), s.siteName() + "/" + s.zoneName(), s.url(),
                        s.health(), s.fingerprint());
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a sensor, its token and what only it reported.")
    static final class Remove implements Callable<Integer> {
        @Mixin DataDirectory data;
        @Parameters(paramLabel = "NAME", description = "The sensor's name.") String name;
        private final PrintStream out;

        Remove(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            try (ConsoleServices console = data.open()) {
                console.sensors().remove(name);
                out.println("removed sensor " + name);
                return 0;
            }
        }
    }

    @Command(name = "health", mixinStandardHelpOptions = true,
            description = "Each sensor's sync health: SYNCED, OUT_OF_SYNC or DISCONNECTED, with the last error.")
    static final class Health extends SensorTable {
        Health(PrintStream out) {
            super(out);
        }

        @Override
        void printTable(List<SensorRecord> sensors) {
            out.printf("%-20s %-13s %-11s %-24s %s%n", "NAME", "HEALTH", "KIND", "LAST SUCCESS", "LAST ERROR");
            for (SensorRecord s : sensors) {
                out.printf("%-20s %-13s %-11s %-24s %s%n", s.name(), s.health(), s.kind() == null ? "-" : s.kind(),
                        s.lastSuccess() == null ? "never" : Instant.ofEpochMilli(s.lastSuccess()).toString(),
                        s.lastError() == null ? "" : s.lastError());
            }
        }
    }
}
