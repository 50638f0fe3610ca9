package io.plantwatch.launch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When {@code java -jar} relaunches the console, and with what command line. */
class ConsoleRelaunchTest {
    private static final Path JAR = Path.of("/opt/plantwatch/plantwatch.jar");
    private static final Path ARCHIVE = Path.of("/home/op/.plantwatch/cds/plantwatch-1-2-abc.jsa");

    private static LaunchSituation situation(List<String> args, String optOut, boolean archiveReady) {
        return new LaunchSituation(args, optOut, false, JAR, "/usr/bin/java", List.of("-Xmx2g"), ARCHIVE, archiveReady);
    }

    @Test
    void theConsoleRunsInAJvmWithC1OnlyThatDumpsTheArchiveOnTheFirstLaunch() {
        RelaunchPlan plan = ConsoleRelaunch.plan(situation(List.of(), null, false));

        assertThat(plan).isNotNull();
        List<String> command = plan.command();
        assertThat(command.get(0)).isEqualTo("/usr/bin/java");
        assertThat(command).contains("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dplantwatch.relaunched=true",
                "-Dplantwatch.relaunch.archive=creating");
        assertThat(plan.archive()).isEqualTo(ARCHIVE);
        assertThat(plan.archiveInProgress().getParent()).isEqualTo(ARCHIVE.getParent());
        assertThat(plan.archiveInProgress().getFileName().toString()).startsWith(ARCHIVE.getFileName().toString())
                .endsWith(".tmp");
        assertThat(command).contains("-XX:ArchiveClassesAtExit=" + plan.archiveInProgress())
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
        // The jar and the user's (empty) command line come last, as the user gave them.
        assertThat(command.subList(command.size() - 2, command.size())).containsExactly("-jar", JAR.toString());
    }

    @Test
    void laterLaunchesMapTheArchiveAndTheUsersOptionsComeAfterOursSoTheyWin() {
        RelaunchPlan plan = ConsoleRelaunch.plan(situation(List.of("console", "--data", "/srv/pw"), null, true));

        List<String> command = plan.command();
        assertThat(command).contains("-XX:SharedArchiveFile=" + ARCHIVE, "-Dplantwatch.relaunch.archive=used")
                .noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(plan.archiveInProgress()).isNull();
        assertThat(command.indexOf("-Xmx2g")).isGreaterThan(command.indexOf("-XX:TieredStopAtLevel=1"));
        assertThat(command.subList(command.size() - 5, command.size()))
                .containsExactly("-jar", JAR.toString(), "console", "--data", "/srv/pw");
    }

    @Test
    void theOptOutIsHonouredByPropertyOrEnvironment() {
        for (String off : List.of("false", "FALSE", "0", "no", "off")) {
            assertThat(ConsoleRelaunch.plan(situation(List.of(), off, true))).as(off).isNull();
        }
        assertThat(ConsoleRelaunch.plan(situation(List.of(), "true", true))).isNotNull();
    }

    @Test
    void theRelaunchedJvmNeverRelaunchesAgain() {
        RelaunchPlan plan = ConsoleRelaunch.plan(situation(List.of("console"), null, true));
        assertThat(plan.command()).contains("-D" + ConsoleRelaunch.RELAUNCHED_PROPERTY + "=true");

        LaunchSituation child = new LaunchSituation(List.of("console"), null, true, JAR, "/usr/bin/java",
                List.of(), ARCHIVE, true);
        assertThat(ConsoleRelaunch.plan(child)).isNull();
    }

    @Test
    void onlyTheConsoleIsRelaunched() {
        for (List<String> args : List.of(List.of("sensor", "--interface", "eth0"), List.of("analyze", "a.pcap"),
                List.of("bench", "capture"), List.of("bench", "console", "--devices", "10"), List.of("sensors", "list"))) {
            assertThat(ConsoleRelaunch.plan(situation(args, null, true))).as(args.toString()).isNull();
        }
        // The measuring half of bench console launches as the console does.
        assertThat(ConsoleRelaunch.plan(situation(List.of("bench", "console", "--launch-probe"), null, true)))
                .isNotNull();
    }

    @Test
    void noRelaunchWithoutAJarOrWithoutThisJvmsOwnOptions() {
        assertThat(ConsoleRelaunch.plan(new LaunchSituation(List.of(), null, false, null, "/usr/bin/java",
                List.of(), ARCHIVE, true))).isNull();
        assertThat(ConsoleRelaunch.plan(new LaunchSituation(List.of(), null, false, JAR, "/usr/bin/java",
                null, ARCHIVE, true))).isNull();
        assertThat(ConsoleRelaunch.plan(new LaunchSituation(List.of(), null, false, JAR, null,
                List.of(), ARCHIVE, true))).isNull();
    }

    @Test
    void withoutAPlaceForTheArchiveOrWithTheUsersOwnSharingOnlyC1IsAdded() {
        RelaunchPlan noPlace = ConsoleRelaunch.plan(new LaunchSituation(List.of(), null, false, JAR, "/usr/bin/java",
                List.of(), null, false));
        assertThat(noPlace.command()).contains("-XX:TieredStopAtLevel=1", "-Dplantwatch.relaunch.archive=off")
                .noneMatch(option -> option.startsWith("-Xshare") || option.contains("Archive"));

        RelaunchPlan own = ConsoleRelaunch.plan(new LaunchSituation(List.of(), null, false, JAR, "/usr/bin/java",
                List.of("-XX:SharedArchiveFile=mine.jsa"), ARCHIVE, true));
        assertThat(own.command()).containsOnlyOnce("-XX:SharedArchiveFile=mine.jsa")
                .noneMatch(option -> option.startsWith("-Xshare") || option.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(own.archiveInProgress()).isNull();
    }

    @Test
    void thisJvmsOptionsAreTheArgumentsBeforeDashJar() {
        assertThat(LaunchSituation.jvmOptions(new String[] {"-Xmx1g", "-Dx=y", "-jar", "pw.jar", "console"}))
                .containsExactly("-Xmx1g", "-Dx=y");
        assertThat(LaunchSituation.jvmOptions(new String[] {"-jar", "pw.jar"})).isEmpty();
        assertThat(LaunchSituation.jvmOptions(new String[] {"-cp", "pw.jar", "io.plantwatch.cli.Launcher"})).isNull();
        assertThat(LaunchSituation.jvmOptions(null)).isNull();
    }
}
