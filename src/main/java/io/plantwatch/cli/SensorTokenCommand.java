package io.plantwatch.cli;

import io.plantwatch.sensor.tokens.TokenFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code sensor token create|list|revoke}: works whether or not the sensor runs (tokens live in
 * their own file). Output goes to the streams the launcher injects, so tests and callers see it.
 */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage the sensor's API tokens.")
final class SensorTokenCommand {
    private SensorTokenCommand() {
    }

    /** The {@code token} command with its subcommands, printing to {@code out} and {@code err}. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        return new CommandLine(new SensorTokenCommand())
                .addSubcommand(new Create(out))
                .addSubcommand(new ListTokens(out))
                .addSubcommand(new Revoke(err));
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Make a token and print it alone on stdout (it is stored only hashed: keep it).")
    static final class Create implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "The sensor's data directory.")
        Path data;

        @Option(names = "--name", defaultValue = "", description = "A label for the token (who uses it).")
        String name;

        private final PrintStream out;

        Create(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() throws Exception {
            out.println(new TokenFile(data).create(name));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (id, created, label).")
    static final class ListTokens implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "The sensor's data directory.")
        Path data;

        private final PrintStream out;

        ListTokens(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() throws Exception {
            for (TokenFile.Token t : new TokenFile(data).list()) {
                out.println(t.id() + "\t" + Instant.ofEpochMilli(t.created()) + "\t" + t.name());
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
    static final class Revoke implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "The sensor's data directory.")
        Path data;

        @Parameters(paramLabel = "ID", description = "The token's id (from list).")
        String id;

        private final PrintStream err;

        Revoke(PrintStream err) {
            this.err = err;
        }

        @Override
        public Integer call() throws Exception {
            if (!new TokenFile(data).revoke(id)) {
                err.println("error: no token with id " + id);
                return 1;
            }
            return 0;
        }
    }
}
