package io.plantwatch.cli;

import io.plantwatch.sensor.SensorConfig;
import io.plantwatch.sensor.SensorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sensor", mixinStandardHelpOptions = true,
        description = {"Run a sensor: live capture or replay, its own store, and the HTTPS API (DESIGN.md).",
            "Runs until stopped (Ctrl-C or SIGTERM); a finished replay keeps serving the API."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:could not start (message on stderr)", "2:bad command line"})
final class SensorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--name", description = "The sensor's name (shown in status and the certificate).")
    String name;

    @Option(names = "--data", description = "Directory of the sensor's store, certificate and tokens.")
    Path data;

    @Option(names = "--listen", description = "HOST:PORT for the HTTPS API (port 0 picks a free one).",
            defaultValue = "127.0.0.1:8443")
    String listen;

    @Option(names = "--interface", description = "Capture live on this interface (needs libpcap and root or CAP_NET_RAW).")
    String liveInterface;

    @Option(names = "--replay", arity = "1..*", paramLabel = "FILE", description = "Replay these capture files instead.")
    List<Path> replay;

    @Option(names = "--speed", description = "Replay this many times faster than recorded (default 1).")
    Double speed;

    @Option(names = "--fast", description = "Replay as fast as possible.")
    boolean fast;

    @Option(names = "--loop", description = "Replay the files again and again.")
    boolean loop;

    @Option(names = "--trust", paramLabel = "PUBKEY", description = "Trust TI packages signed by this key "
            + "(ti-signing.pub); repeatable. Replaces the trusted set; without it the set from the last start stays.")
    List<Path> trust;

    @Option(names = "--traffic-timeout", paramLabel = "DURATION", defaultValue = "5m",
            description = "Live capture: raise an Operational alert when no frame arrives for this long"
                    + " (e.g. 30s, 5m, 1h; default 5m).")
    String trafficTimeout;

    @Option(names = "--no-detection", hidden = true,
            description = "Run without alert rules and evidence ring: only to measure what detection costs (bench sensor).")
    boolean noDetection;

    @Option(names = "--auth-failures-per-minute", defaultValue = "30", hidden = true,
            description = "Wrong tokens one address may send per minute before it gets 429.")
    int authFailures;

    private final PrintStream err;

    SensorCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        SensorConfig config = config();
        SensorService service;
        try {
            if (trust != null && !trust.isEmpty()) {
                err.println("trusting TI signing keys " + io.plantwatch.sensor.ti.TrustedKeys.install(data, trust));
            }
            service = SensorService.start(config, Version.current());
        } catch (Exception e) {
            err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "sensor-shutdown"));
        err.println("sensor " + config.name() + " listening on https://" + config.host() + ":" + service.port()
                + "/ certificate SHA-256 " + service.fingerprint());
        service.awaitTermination();
        return 0;
    }

    private SensorConfig config() {
        if (name == null || name.isBlank()) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--name=NAME'");
        }
        if (data == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--data=DIR'");
        }
        if ((liveInterface == null) == (replay == null || replay.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "Give either --interface IF or --replay FILE...");
        }
        if (fast && speed != null) {
            throw new ParameterException(spec.commandLine(), "--fast and --speed exclude each other");
        }
        if (speed != null && !(speed > 0)) {
            throw new ParameterException(spec.commandLine(), "--speed must be above 0");
        }
        if (liveInterface != null && (fast || speed != null || loop)) {
            throw new ParameterException(spec.commandLine(), "--speed, --fast and --loop apply to --replay only");
        }
        int colon = listen.lastIndexOf(':');
        int port;
        try {
            port = Integer.parseInt(listen.substring(colon + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            port = -1;
        }
        if (colon <= 0 || port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--listen must be HOST:PORT, not " + listen);
        }
        String host = listen.substring(0, colon).replace("[", "").replace("]", "");
        return new SensorConfig(name, data, host, port, liveInterface, replay == null ? List.of() : replay,
                fast ? 0 : speed == null ? 1 : speed, loop, authFailures, timeout(), !noDetection);
    }

    private java.time.Duration timeout() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})(s|m|h)").matcher(trafficTimeout.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new ParameterException(spec.commandLine(),
                    "--traffic-timeout must be a positive number with s, m or h (30s, 5m), not " + trafficTimeout);
        }
        long n = Long.parseLong(m.group(1));
        return "s".equals(m.group(2)) ? java.time.Duration.ofSeconds(n)
                : "m".equals(m.group(2)) ? java.time.Duration.ofMinutes(n) : java.time.Duration.ofHours(n);
    }
}
