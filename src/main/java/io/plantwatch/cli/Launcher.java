package io.plantwatch.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The jar's entry point. It must not extend {@code javafx.application.Application} (a shaded jar
 * cannot start JavaFX that way), so the console is started through its own command.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line; returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            args = new String[] {"console"};
        }
        Map<String, Consumer<CommandLine>> commands = topLevelCommands(out, err);
        Consumer<CommandLine> named = commands.get(args[0]);
        // Only the command the line names is built: building all of them (picocli reflects over every
        // command class) took 0.15-0.25 s of each command's start. Help and errors get them all.
        CommandLine cli = named == null ? commandLine(out, err) : configured(named, out, err);
        return cli.execute(args);
    }

    /**
     * Each top-level command by name, added to a command line on demand; the headless console
     * commands are added together. Keep the names as their {@code @Command} annotations spell them
     * ({@code LauncherTest} checks).
     */
    static Map<String, Consumer<CommandLine>> topLevelCommands(PrintStream out, PrintStream err) {
        Map<String, Consumer<CommandLine>> commands = new LinkedHashMap<>();
        commands.put("analyze", cli -> cli.addSubcommand(new AnalyzeCommand(out, err)));
        commands.put("bench", cli -> cli.addSubcommand(benchCommand(out)));
        commands.put("simulate", cli -> cli.addSubcommand(new SimulateCommand(out)));
        commands.put("sensor", cli -> cli.addSubcommand(new CommandLine(new SensorCommand(err))
                .addSubcommand(new SensorInfoCommand(out))
                .addSubcommand(SensorTokenCommand.commandLine(out, err))));
        Consumer<CommandLine> consoleCommands = cli -> ConsoleCommands.register(cli, out, err, System.in);
        for (String name : List.of("sensors", "sync", "devices", "alerts", "sites", "zones")) {
            commands.put(name, consoleCommands);
        }
        commands.put("console", cli -> cli.addSubcommand(new ConsoleCommand()));
        commands.put("ti", cli -> cli.addSubcommand(io.plantwatch.cli.ti.TiCommand.create(out, err)));
        return commands;
    }

    /** {@code bench} and its benchmarks; add each benchmark here. */
    private static CommandLine benchCommand(PrintStream out) {
        CommandLine bench = new CommandLine(new BenchCommand());
        bench.addSubcommand(new io.plantwatch.bench.CaptureBench(out));
        bench.addSubcommand(new io.plantwatch.bench.SimulateBench(out));
        bench.addSubcommand(new io.plantwatch.bench.SensorBench(out));
        bench.addSubcommand(new io.plantwatch.bench.ConsoleBench(out));
        bench.addSubcommand(new io.plantwatch.bench.MergeBench(out));
        bench.addSubcommand(new io.plantwatch.bench.MapBench(out));
        bench.addSubcommand(new io.plantwatch.bench.push.PushBench(out));
        return bench;
    }

    /** The whole command line, every command in it. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        Consumer<CommandLine> all = cli -> new LinkedHashSet<>(topLevelCommands(out, err).values())
                .forEach(command -> command.accept(cli));
        return configured(all, out, err);
    }

    /** The command line with the commands {@code commands} adds. */
    static CommandLine configured(Consumer<CommandLine> commands, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new PlantwatchCommand());
        commands.accept(cli);
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli;
    }
}
