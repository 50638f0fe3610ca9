package io.plantwatch.ui;

import io.plantwatch.ui.shell.UiSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's console launch in a JVM of its own (headless Monocle): the window shows on a new
 * store, and when it closes the launch returns, the layout is saved and the process exits 0.
 */
class ConsoleLauncherTest {
    @TempDir
    Path data;

    @Test
    void theWindowShowsAndClosingItEndsTheLaunchWithTheLayoutSaved() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Dtestfx.headless=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), LaunchThenClose.class.getName(), data.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("window shown").contains("launch returned").doesNotContain("Exception");
        // Saved and closed before System.exit: the layout's file, and the store reopens.
        assertThat(data.resolve(UiSettings.FILE)).isRegularFile();
        try (io.plantwatch.console.ConsoleServices reopened = io.plantwatch.console.ConsoleServices.open(data)) {
            assertThat(reopened.sensors().list()).isEmpty();
        }
    }
}
