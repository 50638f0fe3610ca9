package io.plantwatch.launch;

import java.nio.file.Path;
import java.util.List;

/**
 * The console's JVM to start: its command line, and the class-data archive it maps or dumps.
 *
 * @param command           the whole command line ({@code java}, options, {@code -jar}, jar, arguments)
 * @param archive           the archive for this jar and JVM, or null when there is none
 * @param archiveInProgress where the child dumps the archive at its exit (moved to {@code archive}
 *                          when it exits normally), or null when it maps an archive or none
 */
public record RelaunchPlan(List<String> command, Path archive, Path archiveInProgress) {
    public RelaunchPlan {
        command = List.copyOf(command);
    }
}
