package io.plantwatch.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** A command line builds only the command it names, and every name leads to its command. */
class LauncherTest {
    private static final PrintStream OUT = System.out;

    @Test
    void everyNameBuildsTheCommandOfThatName() {
        Map<String, Consumer<CommandLine>> commands = Launcher.topLevelCommands(OUT, System.err);
        for (Map.Entry<String, Consumer<CommandLine>> command : commands.entrySet()) {
            CommandLine only = Launcher.configured(command.getValue(), OUT, System.err);
            assertThat(only.getSubcommands()).as(command.getKey()).containsKey(command.getKey());
        }
        // The console builds nothing else.
        assertThat(Launcher.configured(commands.get("console"), OUT, System.err).getSubcommands())
                .containsOnlyKeys("console");
    }

    @Test
    void theWholeCommandLineHasExactlyTheNamedCommands() {
        CommandLine all = Launcher.commandLine(OUT, System.err);
        assertThat(all.getSubcommands().keySet())
                .containsExactlyElementsOf(Launcher.topLevelCommands(OUT, System.err).keySet());
    }

    @Test
    void helpAndUnknownCommandsStillListEveryCommand() {
        LauncherRun help = LauncherRun.of("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("analyze", "sensor", "console", "ti", "zones");

        LauncherRun unknown = LauncherRun.of("consol");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("consol").contains("console");
    }
}
