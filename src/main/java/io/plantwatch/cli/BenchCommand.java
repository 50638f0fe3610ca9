package io.plantwatch.cli;

import picocli.CommandLine.Command;

/**
 * {@code bench NAME}: runs one benchmark and prints its figures as {@code key: value} lines
 * (DESIGN.md). Each benchmark is a subcommand class in {@code io.plantwatch.bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures, one 'key: value' per line.")
final class BenchCommand {
}
