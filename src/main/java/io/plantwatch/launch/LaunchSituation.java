package io.plantwatch.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link ConsoleRelaunch} decides on: the command line, the opt-outs, the jar and JVM this
 * process runs, and the class-data archive that would fit them. Read once by {@link #current};
 * tests make their own. Immutable.
 *
 * @param args         the command line after the jar
 * @param optOut       the {@value ConsoleRelaunch#OPT_OUT_PROPERTY} property, else the
 *                     {@value ConsoleRelaunch#OPT_OUT_ENV} variable, else null
 * @param relaunched   whether this process is already the relaunched one
 * @param jar          the jar this process runs with {@code -jar} (absolute), or null (classes
 *                     directory, IDE, several class path entries)
 * @param javaCommand  the {@code java} executable of this process, or null when unknown
 * @param jvmOptions   this JVM's options as given before {@code -jar} (passed on to the console's
 *                     JVM), or null when the command line cannot be read
 * @param archive      the class-data archive for this jar and JVM, or null when there is no
 *                     writable place for it
 * @param archiveReady whether {@code archive} exists (else the relaunched JVM dumps it at exit)
 */
public record LaunchSituation(List<String> args, String optOut, boolean relaunched, Path jar, String javaCommand,
                              List<String> jvmOptions, Path archive, boolean archiveReady) {

    /** This process's situation. */
    static LaunchSituation current(String[] args) {
        String optOut = System.getProperty(ConsoleRelaunch.OPT_OUT_PROPERTY);
        if (optOut == null) {
            optOut = System.getenv(ConsoleRelaunch.OPT_OUT_ENV);
        }
        boolean relaunched = System.getProperty(ConsoleRelaunch.RELAUNCHED_PROPERTY) != null;
        List<String> argList = Arrays.asList(args);
        if (relaunched || ConsoleRelaunch.isOff(optOut) || !ConsoleRelaunch.isConsoleLaunch(argList)) {
            // Decided already: read nothing more (the sensor and the CLI start as they always did).
            return new LaunchSituation(argList, optOut, relaunched, null, null, null, null, false);
        }
        Path jar = runningJar();
        ProcessHandle.Info info = ProcessHandle.current().info();
        String java = info.command().orElse(null);
        List<String> jvmOptions = jvmOptions(info.arguments().orElse(null));
        Path archive = null;
        boolean ready = false;
        if (jar != null) {
            try {
                archive = CdsArchive.forJar(jar, Files.size(jar), Files.getLastModifiedTime(jar).toMillis(),
                        jvmIdentity(), CdsArchive.writableDirectory(archiveDirectory()));
                ready = archive != null && Files.isRegularFile(archive);
            } catch (IOException e) {
                archive = null;
            }
        }
        return new LaunchSituation(argList, optOut, false, jar, java, jvmOptions, archive, ready);
    }

    /** The jar when the class path is exactly one jar file (as {@code java -jar} sets it), else null. */
    public static Path runningJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty() || classPath.indexOf(java.io.File.pathSeparatorChar) >= 0
                || !classPath.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? jar : null;
    }

    /** The arguments before {@code -jar}; null when there is no {@code -jar} (or no command line). */
    static List<String> jvmOptions(String[] processArguments) {
        if (processArguments == null) {
            return null;
        }
        for (int i = 0; i < processArguments.length; i++) {
            if (processArguments[i].equals("-jar")) {
                return List.of(Arrays.copyOf(processArguments, i));
            }
        }
        return null;
    }

    /** An archive only fits the JVM build that dumped it. */
    private static String jvmIdentity() {
        return new StringBuilder().append(System.getProperty("java.home")).append('|')
                .append(System.getProperty("java.vm.version")).toString();
    }

    /** Per user, beside the console's default store ({@code ~/.plantwatch}); not per store. */
    private static Path archiveDirectory() {
        return Path.of(System.getProperty("user.home"), ".plantwatch", "cds");
    }
}
