package io.plantwatch.launch;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.ui.ConsoleLauncher;

import java.nio.file.Path;
import java.util.List;

/**
 * The console's plain command lines, started without picocli: picocli's 170 classes load from the
 * jar at every launch (they are Java 5 bytecode, which class-data sharing does not archive) and it
 * reflects over the commands, about 0.15 s of the console's launch. Only the exact forms below are
 * taken here; anything else ({@code --help}, a typo) goes through picocli as before.
 * Stateless; thread-safe.
 */
final class DirectLaunch {
    /** What a command line asks for, when it is one of the plain forms. */
    record Line(Kind kind, Path data, int devices) {
    }

    enum Kind { CONSOLE, LAUNCH_PROBE }

    private DirectLaunch() {
    }

    /**
     * {@code []}, {@code [console]}, {@code [console, --data, DIR]}, {@code [console, --data=DIR]}
     * (the console; {@code data} null for the default), and the measuring half of
     * {@code bench console}, which must start as the console does:
     * {@code [bench, console, --launch-probe, --devices, N, --data, DIR]}. Null for anything else.
     */
    static Line parse(List<String> args) {
        if (args.isEmpty() || (args.size() == 1 && args.get(0).equals("console"))) {
            return new Line(Kind.CONSOLE, null, 0);
        }
        if (args.get(0).equals("console")) {
            if (args.size() == 3 && args.get(1).equals("--data")) {
                return new Line(Kind.CONSOLE, Path.of(args.get(2)), 0);
            }
            if (args.size() == 2 && args.get(1).startsWith("--data=") && args.get(1).length() > 7) {
                return new Line(Kind.CONSOLE, Path.of(args.get(1).substring(7)), 0);
            }
            return null;
        }
        if (args.size() == 7 && args.subList(0, 3).equals(List.of("bench", "console", "--launch-probe"))
                && args.get(3).equals("--devices") && args.get(5).equals("--data")) {
            try {
                return new Line(Kind.LAUNCH_PROBE, Path.of(args.get(6)), Integer.parseInt(args.get(4)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Runs a plain line; its exit code. Errors are reported as picocli's handler reports them. */
    static int run(Line line) {
        try {
            if (line.kind() == Kind.LAUNCH_PROBE) {
                return io.plantwatch.bench.ConsoleLaunchProbe.run(System.out, line.data(), line.devices());
            }
            ConsoleLauncher.launch(line.data() == null ? ConsoleServices.defaultDataDirectory() : line.data());
            return 0;
        } catch (Exception e) {
            System.err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }
}
