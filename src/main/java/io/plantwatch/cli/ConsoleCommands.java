package io.plantwatch.cli;

import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Registers the console's headless commands (sensors, sync, devices, alerts, sites, zones): thin
 * shells over {@code io.plantwatch.console} services, on the same store the desktop console uses.
 */
final class ConsoleCommands {
    private ConsoleCommands() {
    }

    static void register(CommandLine cli, PrintStream out, PrintStream err, InputStream in) {
        cli.addSubcommand(new CommandLine(new SensorsCommand())
                .addSubcommand(new SensorsCommand.Add(out, err, in))
                .addSubcommand(new SensorsCommand.ListSensors(out))
                .addSubcommand(new SensorsCommand.Remove(out))
                .addSubcommand(new SensorsCommand.Health(out)));
        cli.addSubcommand(new SyncCommand(out, err));
        cli.addSubcommand(new DevicesCommand(out));
        cli.addSubcommand(new CommandLine(new AlertsCommand(out)).addSubcommand(new AlertsCommand.Handle(out)));
        cli.addSubcommand(new CommandLine(new SitesCommand())
                .addSubcommand(new SitesCommand.Add(out)).addSubcommand(new SitesCommand.ListSites(out)));
        cli.addSubcommand(new CommandLine(new ZonesCommand())
                .addSubcommand(new ZonesCommand.Add(out)).addSubcommand(new ZonesCommand.ListZones(out)));
    }
}
