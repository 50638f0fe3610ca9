package io.plantwatch.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether and how {@code java -jar plantwatch.jar} starts the desktop console again in a JVM of
 * its own with options suited to a desktop launch, which a plain {@code java -jar} cannot carry:
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1} (C1 only): at launch the C2 compiler took 3-3.8 s of the
 *       console's 7 s of CPU, and its better code did not make filtering or sorting faster;</li>
 *   <li>an AppCDS archive of the classes the console loads, in {@code ~/.plantwatch/cds}, named
 *       after the jar (path, size, time) and the JVM, dumped by the first launch's JVM at its exit
 *       ({@code -XX:ArchiveClassesAtExit}) and mapped by every later one
 *       ({@code -XX:SharedArchiveFile}, {@code -Xshare:auto}: an archive that does not fit is
 *       ignored). A rebuilt jar gets a new name, so a stale archive is never used.</li>
 * </ul>
 * Only the console is relaunched: the sensor's capture path wants C2, and the CLI's commands are
 * short. Never relaunched: with {@code -Dplantwatch.relaunch=false} or
 * {@code PLANTWATCH_RELAUNCH=false}, when already relaunched, when not run from a jar, or when this
 * JVM's own options cannot be read (they are passed on, after ours, so that the user's win).
 * Stateless; thread-safe.
 */
public final class ConsoleRelaunch {
    /** {@code -Dplantwatch.relaunch=false}: run the console in the JVM the user started. */
    public static final String OPT_OUT_PROPERTY = "plantwatch.relaunch";
    /** {@code PLANTWATCH_RELAUNCH=false}: the same, for launchers that cannot pass a property. */
    public static final String OPT_OUT_ENV = "PLANTWATCH_RELAUNCH";
    /** Set on the relaunched JVM: it never relaunches again. */
    public static final String RELAUNCHED_PROPERTY = "plantwatch.relaunched";
    /** Set on the relaunched JVM: {@code used}, {@code creating} or {@code off} (for {@code bench console}). */
    public static final String ARCHIVE_PROPERTY = "plantwatch.relaunch.archive";

    /** The console's JVM options besides the archive's. */
    static final List<String> CONSOLE_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    private ConsoleRelaunch() {
    }

    /** The child JVM to run, or null to launch in this JVM. */
    public static RelaunchPlan plan(LaunchSituation situation) {
        if (situation.relaunched() || isOff(situation.optOut()) || !isConsoleLaunch(situation.args())
                || situation.jar() == null || situation.javaCommand() == null || situation.jvmOptions() == null) {
            return null;
        }
        List<String> command = new ArrayList<>();
        command.add(situation.javaCommand());
        command.addAll(CONSOLE_OPTIONS);
        String archiveState = "off";
        java.nio.file.Path inProgress = null;
        if (situation.archive() != null && !handlesSharing(situation.jvmOptions())) {
            command.add("-Xshare:auto");
            // A dump skips some classes (old bytecode, ...) with a warning on standard output: not the user's business.
            command.add("-Xlog:cds=off,cds+dynamic=off");
            if (situation.archiveReady()) {
                command.add(new StringBuilder("-XX:SharedArchiveFile=").append(situation.archive()).toString());
                archiveState = "used";
            } else {
                inProgress = CdsArchive.inProgress(situation.archive());
                command.add(new StringBuilder("-XX:ArchiveClassesAtExit=").append(inProgress).toString());
                archiveState = "creating";
            }
        }
        command.addAll(situation.jvmOptions());
        command.add(new StringBuilder("-D").append(RELAUNCHED_PROPERTY).append("=true").toString());
        command.add(new StringBuilder("-D").append(ARCHIVE_PROPERTY).append('=').append(archiveState).toString());
        command.add("-jar");
        command.add(situation.jar().toString());
        command.addAll(situation.args());
        return new RelaunchPlan(command, situation.archive(), inProgress);
    }

    /**
     * The console's command lines: none (the jar's default), {@code console ...}, and the measuring
     * half of {@code bench console}, which must launch the way a user's console does.
     */
    static boolean isConsoleLaunch(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("console")) {
            return true;
        }
        return args.size() > 2 && args.get(0).equals("bench") && args.get(1).equals("console")
                && args.contains("--launch-probe");
    }

    static boolean isOff(String setting) {
        return setting != null && (setting.equalsIgnoreCase("false") || setting.equals("0")
                || setting.equalsIgnoreCase("no") || setting.equalsIgnoreCase("off"));
    }

    /** The user chose their own class-data sharing: do not add ours. */
    private static boolean handlesSharing(List<String> jvmOptions) {
        for (String option : jvmOptions) {
            if (option.startsWith("-Xshare") || option.startsWith("-XX:SharedArchiveFile")
                    || option.startsWith("-XX:ArchiveClassesAtExit")) {
                return true;
            }
        }
        return false;
    }
}
