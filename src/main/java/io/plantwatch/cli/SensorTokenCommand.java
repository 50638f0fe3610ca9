package io.plantwatch.cli;

import io.plantwatch.sensor.tokens.TokenFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/** {@code sensor token create|list|revoke}: works whether or not the sensor runs (tokens live in their own file). */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage the sensor's API tokens.",
        subcommands = {SensorTokenCommand.Create.class, SensorTokenCommand.ListTokens.class,
            SensorTokenCommand.Revoke.class})
final class SensorTokenCommand {
    private SensorTokenCommand() {
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Make a token and print it alone on stdout (it is stored only hashed: keep it).")
    static final class Create implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--data", required = true, description = "The sensor's data directory.")
        Path data;

        @Option(names = "--name", defaultValue = "", description = "A label for the token (who uses it).")
        String name;

        @Override
        public Integer call() throws Exception {
            PrintStream out = System.out;
            out.println(new TokenFile(data).create(name));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (id, created, label).")
    static final class ListTokens implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--data", required = true, description = "The sensor's data directory.")
        Path data;

        @Override
        public Integer call() throws Exception {
            for (TokenFile.Token t : new TokenFile(data).list()) {
                System.out.println(t.id() + "\t" + Instant.ofEpochMilli(t.created()) + "\t" + t.name());
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
    static final class Revoke implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--data", required = true, description = "The sensor's data directory.")
        Path data;

        @Parameters(paramLabel = "ID", description = "The token's id (from list).")
        String id;

        @Override
        public Integer call() throws Exception {
            if (!new TokenFile(data).revoke(id)) {
                System.err.println("error: no token with id " + id);
                return 1;
            }
            return 0;
        }
    }
}
