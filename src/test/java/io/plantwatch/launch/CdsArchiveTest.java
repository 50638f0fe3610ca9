package io.plantwatch.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The archive's name per jar and JVM, and what happens to a dump after the console's JVM exited. */
class CdsArchiveTest {
    @TempDir
    Path dir;

    private Path nameFor(Path jar, String jvm) throws Exception {
        return CdsArchive.forJar(jar, Files.size(jar), Files.getLastModifiedTime(jar).toMillis(), jvm, dir);
    }

    @Test
    void theNameChangesWhenTheJarIsRebuiltMovedOrRunByAnotherJvm() throws Exception {
        Path jar = Files.write(dir.resolve("plantwatch.jar"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        Path first = nameFor(jar, "/usr/lib/jvm/17|17.0.15+6");
        assertThat(nameFor(jar, "/usr/lib/jvm/17|17.0.15+6")).isEqualTo(first);
        assertThat(first.getParent()).isEqualTo(dir);
        assertThat(first.getFileName().toString()).startsWith("plantwatch-3-1700000000000-").endsWith(".jsa");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_001_000L));
        Path touched = nameFor(jar, "/usr/lib/jvm/17|17.0.15+6");
        Files.write(jar, new byte[] {1, 2, 3, 4});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        Path rebuilt = nameFor(jar, "/usr/lib/jvm/17|17.0.15+6");
        Path moved = Files.copy(jar, dir.resolve("other.jar"));
        Files.setLastModifiedTime(moved, FileTime.fromMillis(1_700_000_000_000L));
        Path elsewhere = nameFor(moved, "/usr/lib/jvm/17|17.0.15+6");
        Path otherJvm = nameFor(jar, "/usr/lib/jvm/17|17.0.16+8");

        assertThat(List.of(first, touched, rebuilt, elsewhere, otherJvm)).doesNotHaveDuplicates();
    }

    @Test
    void noArchiveWhereNothingCanBeWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThat(CdsArchive.writableDirectory(file.resolve("cds"))).isNull();
        assertThat(CdsArchive.forJar(file, 1, 1, "jvm", null)).isNull();
        assertThat(CdsArchive.writableDirectory(dir.resolve("a/cds"))).isEqualTo(dir.resolve("a/cds")).isDirectory();
    }

    /** A plan whose child has dumped {@code content} under the temporary name. */
    private RelaunchPlan dumped(String content) throws Exception {
        Path archive = dir.resolve("plantwatch-1-2-ab.jsa");
        RelaunchPlan plan = new RelaunchPlan(List.of("java"), archive, CdsArchive.inProgress(archive));
        Files.writeString(plan.archiveInProgress(), content);
        return plan;
    }

    @Test
    void aDumpFromANormalExitBecomesTheArchive() throws Exception {
        RelaunchPlan plan = dumped("dumped");

        CdsArchive.finish(plan, 0);

        assertThat(plan.archive()).hasContent("dumped");
        assertThat(plan.archiveInProgress()).doesNotExist();
    }

    @Test
    void aDumpFromAFailedOrKilledLaunchIsDeleted() throws Exception {
        RelaunchPlan plan = dumped("half");
        CdsArchive.finish(plan, 143);
        assertThat(plan.archive()).doesNotExist();
        assertThat(plan.archiveInProgress()).doesNotExist();

        Files.write(plan.archiveInProgress(), new byte[0]);
        CdsArchive.finish(plan, 0);
        assertThat(plan.archive()).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void onlyTheNewestArchivesAreKept() throws Exception {
        for (int i = 0; i < 5; i++) {
            Path old = Files.writeString(dir.resolve("plantwatch-" + i + "-1-ab.jsa"), "x");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_700_000_000_000L + i * 1000));
        }
        Path leftBehind = Files.writeString(dir.resolve("plantwatch-9-1-ab.jsa.77.tmp"), "x");
        Files.setLastModifiedTime(leftBehind, FileTime.fromMillis(1_700_000_000_000L));
        Path someoneElses = Files.writeString(dir.resolve("notes.txt"), "x");

        CdsArchive.prune(dir);

        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder(
                    "plantwatch-2-1-ab.jsa", "plantwatch-3-1-ab.jsa", "plantwatch-4-1-ab.jsa", "notes.txt");
        }
        assertThat(someoneElses).exists();
    }
}
