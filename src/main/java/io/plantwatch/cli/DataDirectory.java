package io.plantwatch.cli;

import io.plantwatch.console.ConsoleServices;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data DIR} option every console command takes (default {@code ~/.plantwatch}). */
final class DataDirectory {
    @Option(names = "--data", paramLabel = "DIR",
            description = "The console's data directory (default: ~/.plantwatch).")
    Path directory;

    ConsoleServices open() {
        return ConsoleServices.open(directory == null ? ConsoleServices.defaultDataDirectory() : directory);
    }
}
