package io.plantwatch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code simulate} command writes the capture(s) and truth, and refuses bad input tidily. */
class SimulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesPerZoneCapturesAndTruth() {
        LauncherRun run = LauncherRun.of("simulate", "--out", dir.resolve("site.pcap").toString(), "--plant", "building", "--devices", "60",
                "--duration", "20", "--zones", "2", "--per-zone-files", "--events", "port-scan,arp-spoof", "--seed", "4");
        assertThat(run.code()).isZero();
        assertThat(dir.resolve("site.zone0.pcap")).isRegularFile();
        assertThat(dir.resolve("site.zone1.pcap")).isRegularFile();
        assertThat(dir.resolve("site.pcap")).doesNotExist();
        assertThat(dir.resolve("site.pcap.truth.json")).content().contains("\"purdue_level\"", "\"port-scan\"", "\"T0830\"");
        assertThat(run.out()).contains("events: 2", "packets: ");
    }

    @Test
    void badInputGivesAMessageAndNonZeroExit() {
        LauncherRun plant = LauncherRun.of("simulate", "--out", dir.resolve("x.pcap").toString(), "--plant", "refinery");
        assertThat(plant.code()).isNotZero();
        assertThat(plant.err()).contains("unknown plant 'refinery'");
        LauncherRun event = LauncherRun.of("simulate", "--out", dir.resolve("x.pcap").toString(), "--events", "meteor");
        assertThat(event.err()).contains("unknown event 'meteor'");
        LauncherRun small = LauncherRun.of("simulate", "--out", dir.resolve("x.pcap").toString(), "--devices", "3");
        assertThat(small.err()).contains("needs at least");
        LauncherRun missingDir = LauncherRun.of("simulate", "--out", dir.resolve("no/such/x.pcap").toString(), "--devices", "40");
        assertThat(missingDir.code()).isNotZero();
        assertThat(missingDir.err()).contains("no such directory");
        assertThat(Files.exists(dir.resolve("x.pcap"))).isFalse();
    }
}
