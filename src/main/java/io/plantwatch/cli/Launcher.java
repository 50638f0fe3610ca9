package io.plantwatch.cli;

import picocli.CommandLine;

import java.io.PrintStream;

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
        CommandLine cli = commandLine(out, err);
        if (args.length == 0) {
            args = new String[] {"console"};
        }
        return cli.execute(args);
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

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new PlantwatchCommand());
        cli.addSubcommand(new AnalyzeCommand(out, err));
        cli.addSubcommand(benchCommand(out));
        cli.addSubcommand(new SimulateCommand(out));
        cli.addSubcommand(new CommandLine(new SensorCommand(err))
                .addSubcommand(new SensorInfoCommand(out))
                .addSubcommand(SensorTokenCommand.commandLine(out, err)));
        ConsoleCommands.register(cli, out, err, System.in);
        cli.addSubcommand(new ConsoleCommand());
        cli.addSubcommand(io.plantwatch.cli.ti.TiCommand.create(out, err));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli;
    }
}
