package io.plantwatch.launch;

import io.plantwatch.cli.Launcher;

/**
 * The jar's entry point ({@code java -jar plantwatch.jar}). For the desktop console it starts the
 * console again in a JVM suited to a desktop launch ({@link ConsoleRelaunch}); every other command,
 * or a console that must not be relaunched, runs here: the console's plain command lines directly
 * ({@link DirectLaunch}), the rest through {@link Launcher} (picocli).
 *
 * <p>Why: a plain {@code java -jar} cannot carry JVM options, and the console's launch needs about
 * half the CPU with C1 only and an AppCDS archive (docs/benchmarks.md, "## Console"). This class and
 * the few it uses are kept tiny (no picocli, no JavaFX, no lambdas or string concatenation, which
 * bootstrap method handles) so that the relaunch costs about one bare JVM start.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        RelaunchPlan plan = null;
        try {
            plan = ConsoleRelaunch.plan(LaunchSituation.current(args));
        } catch (RuntimeException e) {
            // Whatever went wrong in planning (an odd file system, a missing /proc): launch here.
            plan = null;
        }
        if (plan == null) {
            runHere(args);
            return;
        }
        int exitCode;
        try {
            exitCode = ChildJvm.run(plan);
        } catch (java.io.IOException e) {
            // The console's JVM could not be started (no such java any more?): launch here.
            runHere(args);
            return;
        }
        System.exit(exitCode);
    }

    /** Runs the command line in this JVM: the console's own lines without picocli, the rest with it. */
    private static void runHere(String[] args) {
        DirectLaunch.Line direct = DirectLaunch.parse(java.util.Arrays.asList(args));
        if (direct == null) {
            Launcher.main(args);
        } else {
            System.exit(DirectLaunch.run(direct));
        }
    }
}
