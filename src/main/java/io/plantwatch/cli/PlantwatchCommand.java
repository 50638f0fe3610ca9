package io.plantwatch.cli;

import picocli.CommandLine.Command;

/** The root command; each subcommand is a thin shell over a service. */
@Command(name = "plantwatch", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Plantwatch: passive OT/IoT network sensor and desktop console.",
        subcommandsRepeatable = false)
final class PlantwatchCommand {
}
