package io.plantwatch.bench;

import io.plantwatch.cli.Launcher;
import io.plantwatch.launch.ConsoleRelaunch;
import io.plantwatch.launch.LaunchSituation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code bench console}: a console store with N merged devices, then the real console window on
 * it, launched in a JVM of its own ({@link ConsoleLaunchProbe}): time from the process's start to
 * the first frame that shows the inventory's rows and to the one that shows all of them, CPU time,
 * and the latency of filtering, sorting and scrolling the inventory (each from the change to the
 * next rendered pulse). Needs a display (e.g. {@code xvfb-run -a}).
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Console responsiveness: time to first inventory frame and filter latency with N devices.",
            "Needs a display; under Xvfb: xvfb-run -a java -jar target/plantwatch.jar bench console"})
public final class ConsoleBench implements java.util.concurrent.Callable<Integer> {
    private static final Pattern KEY_VALUE = Pattern.compile("[a-z0-9_]+: .*");

    @Option(names = "--devices", defaultValue = "100000", description = "Devices in the store (default ${DEFAULT-VALUE}).")
    int devices;

    @Option(names = "--sensors", defaultValue = "10", description = "Sensors (one zone each) they come from (default ${DEFAULT-VALUE}).")
    int sensors;

    @Option(names = "--data", description = {"Keep the store here (default: a temporary directory, deleted after);",
        "a store filled by an earlier run is measured as it is."})
    Path data;

    @Option(names = "--jvm-option", description = {"An option for the console's JVM (repeatable), e.g.",
        "--jvm-option=-XX:SharedArchiveFile=target/plantwatch.jsa"})
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--no-relaunch", description = {"Launch the console in the JVM that java -jar starts, without",
        "the relaunch in a JVM with console options (io.plantwatch.launch.ConsoleRelaunch)."})
    boolean noRelaunch;

    /** Set in the JVM that {@link #launch} starts: measure the launch there. */
    @Option(names = "--launch-probe", hidden = true)
    boolean launchProbe;

    private final PrintStream out;

    public ConsoleBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (launchProbe) {
            return ConsoleLaunchProbe.run(out, data, devices);
        }
        Path store = data != null ? data : Files.createTempDirectory("plantwatch-bench-console");
        out.println("devices: " + devices);
        if (ConsoleBenchStore.filled(store)) {
            out.println("store: reused " + store);
        } else {
            out.println("fill_sync_ms: " + ConsoleBenchStore.fill(store, devices, sensors));
        }
        out.println("jvm_options: " + (jvmOptions.isEmpty() ? "none" : String.join(" ", jvmOptions)));
        out.println("relaunch: " + !noRelaunch);
        int exit = launch(store);
        if (data == null) {
            deleteTree(store);
        }
        return exit;
    }

    /**
     * Runs the measuring half in a JVM of its own, as a user launches the console (nothing loaded,
     * nothing compiled, the store opened cold): from the jar with {@code java -jar}, so that the
     * jar's entry point relaunches it as it relaunches the console (unless {@code --no-relaunch}),
     * and passes its {@code key: value} lines on.
     */
    private int launch(Path store) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        if (noRelaunch) {
            command.add("-D" + ConsoleRelaunch.OPT_OUT_PROPERTY + "=false");
        }
        Path jar = LaunchSituation.runningJar();
        if (jar != null) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            // Classes, not a jar (tests): no relaunch either way.
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        }
        command.addAll(List.of("bench", "console", "--launch-probe", "--devices", Integer.toString(devices),
                "--data", store.toAbsolutePath().toString()));
        Process probe = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (KEY_VALUE.matcher(line).matches()) {
                    out.println(line);
                }
            }
        }
        if (!probe.waitFor(60, TimeUnit.SECONDS)) {
            probe.destroyForcibly();
            throw new IllegalStateException("the console launch did not end");
        }
        return probe.exitValue();
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
