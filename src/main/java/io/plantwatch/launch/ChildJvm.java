package io.plantwatch.launch;

import java.io.IOException;

/**
 * Runs the console's JVM as the user's process would have run: same standard input, output and
 * error, same working directory and environment; waits for it and gives its exit code back.
 * When this process is told to stop (SIGTERM, a desktop logging out), the child is told too.
 * Not thread-safe (one run per process).
 */
final class ChildJvm {
    private ChildJvm() {
    }

    /** @return the child's exit code; IOException when it could not be started */
    static int run(RelaunchPlan plan) throws IOException {
        Process child = new ProcessBuilder(plan.command()).inheritIO().start();
        Thread stopChild = new Thread("plantwatch-relaunch-stop") {
            @Override
            public void run() {
                // A no-op once the child has exited; else it gets SIGTERM and closes its store.
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(stopChild);
        int exitCode;
        while (true) {
            try {
                exitCode = child.waitFor();
                break;
            } catch (InterruptedException e) {
                // Nothing here interrupts this thread on purpose; keep waiting for the child.
            }
        }
        CdsArchive.finish(plan, exitCode);
        return exitCode;
    }
}
