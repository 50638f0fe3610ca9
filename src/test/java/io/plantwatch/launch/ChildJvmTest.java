package io.plantwatch.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relaunch on real child JVMs: the exit code comes back, and the first launch's dump becomes
 * an archive that the next launch maps.
 */
class ChildJvmTest {
    @TempDir
    Path dir;

    /** A real jar whose main class exits with its argument (AppCDS archives classes from jars only). */
    private Path exitWithJar() throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ExitWith.class.getName());
        Path jar = dir.resolve("exit-with.jar");
        String entry = ExitWith.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             var classFile = ExitWith.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
    }

    @Test
    void theChildsExitCodeComesBack() throws Exception {
        Path jar = exitWithJar();
        RelaunchPlan plan = new RelaunchPlan(List.of(java(), "-jar", jar.toString(), "7"), null, null);

        assertThat(ChildJvm.run(plan)).isEqualTo(7);
    }

    @Test
    void theFirstLaunchDumpsTheArchiveThatTheNextOneMaps() throws Exception {
        Path jar = exitWithJar();
        Path archive = CdsArchive.forJar(jar, Files.size(jar), Files.getLastModifiedTime(jar).toMillis(), "test",
                CdsArchive.writableDirectory(dir.resolve("cds")));
        LaunchSituation first = new LaunchSituation(List.of("console"), null, false, jar, java(), List.of(),
                archive, false);
        RelaunchPlan dumping = ConsoleRelaunch.plan(first);
        assertThat(ChildJvm.run(withMainArgument(dumping, "0"))).isZero();
        assertThat(archive).isRegularFile();
        assertThat(dumping.archiveInProgress()).doesNotExist();

        RelaunchPlan mapping = ConsoleRelaunch.plan(new LaunchSituation(List.of("console"), null, false, jar, java(),
                List.of(), archive, true));
        assertThat(mapping.command()).contains("-XX:SharedArchiveFile=" + archive);
        // -Xshare:on (after -Xshare:auto, so it wins) makes the JVM fail if the archive cannot be mapped.
        List<String> strict = new ArrayList<>(mapping.command());
        strict.add(strict.indexOf("-jar"), "-Xshare:on");
        assertThat(ChildJvm.run(withMainArgument(new RelaunchPlan(strict, archive, null), "3"))).isEqualTo(3);
    }

    @Test
    void aFailedLaunchLeavesNoArchive() throws Exception {
        Path jar = exitWithJar();
        Path archive = CdsArchive.forJar(jar, 1, 1, "test", CdsArchive.writableDirectory(dir.resolve("cds")));
        RelaunchPlan dumping = ConsoleRelaunch.plan(new LaunchSituation(List.of("console"), null, false, jar, java(),
                List.of(), archive, false));

        assertThat(ChildJvm.run(withMainArgument(dumping, "2"))).isEqualTo(2);
        assertThat(dir.resolve("cds")).isEmptyDirectory();
    }

    /** The plan's command with the main class's exit code in place of the console's arguments. */
    private static RelaunchPlan withMainArgument(RelaunchPlan plan, String exitCode) {
        List<String> command = new ArrayList<>(plan.command());
        command.set(command.size() - 1, exitCode);
        return new RelaunchPlan(command, plan.archive(), plan.archiveInProgress());
    }
}
