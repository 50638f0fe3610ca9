package io.plantwatch.cli.ti;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;

/** {@code ti}: make, check and distribute threat-intelligence packages. */
@Command(name = "ti", mixinStandardHelpOptions = true,
        description = "Make, check and distribute threat-intelligence packages.")
public final class TiCommand {
    /** The {@code ti} command with its subcommands, printing to {@code out}. */
    public static CommandLine create(PrintStream out, PrintStream err) {
        return new CommandLine(new TiCommand())
                .addSubcommand(new TiKeygenCommand(out))
                .addSubcommand(new TiBuildCommand(out))
                .addSubcommand(new TiVerifyCommand(out))
                .addSubcommand(new TiInfoCommand(out))
                .addSubcommand(new TiPushCommand(out))
                .addSubcommand(TiTrustCommand.create(out));
    }
}
