package io.plantwatch.cli;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.ui.ConsoleLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code console [--data DIR]}: the desktop console on the store in DIR (the jar's default command). */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Open the desktop console (window titled \"Plantwatch\") on the console store.")
final class ConsoleCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory of the console store (default: ~/.plantwatch).")
    private Path data;

    @Override
    public Integer call() {
        ConsoleLauncher.launch(data == null ? ConsoleServices.defaultDataDirectory() : data);
        return 0;
    }
}
