package io.plantwatch.cli.ti;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.ti.PublisherKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code ti trust add|list|remove}: the TI publisher keys the console verifies packages against. */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = "Manage the TI publisher keys this console trusts (it verifies every package against them).")
final class TiTrustCommand {
    static CommandLine create(PrintStream out) {
        return new CommandLine(new TiTrustCommand())
                .addSubcommand(new Add(out))
                .addSubcommand(new ListKeys(out))
                .addSubcommand(new Remove(out));
    }

    abstract static class OnConsole implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", description = "The console's data directory (default: ~/.plantwatch).")
        Path data;

        final PrintStream out;

        OnConsole(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() throws Exception {
            try (ConsoleServices console = ConsoleServices.open(data == null ? ConsoleServices.defaultDataDirectory() : data)) {
                return run(console);
            }
        }

        abstract int run(ConsoleServices console) throws Exception;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Trust a publisher's public key (X.509 PEM, as 'ti keygen' writes).")
    static final class Add extends OnConsole {
        @Parameters(paramLabel = "PUBKEY", description = "The publisher's ti-signing.pub.")
        Path file;

        Add(PrintStream out) {
            super(out);
        }

        @Override
        int run(ConsoleServices console) throws Exception {
            PublisherKey key = console.tiPublishers().add(file);
            out.println("trusted: " + key.keyId());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List trusted publisher keys: key id, added by, added at.")
    static final class ListKeys extends OnConsole {
        ListKeys(PrintStream out) {
            super(out);
        }

        @Override
        int run(ConsoleServices console) {
            for (PublisherKey key : console.tiPublishers().list()) {
                out.println(key.keyId() + "\t" + key.addedBy() + "\t" + Instant.ofEpochMilli(key.addedAt()));
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop trusting a publisher key.")
    static final class Remove extends OnConsole {
        @Parameters(paramLabel = "KEY_ID", description = "The key id ('ti trust list' shows it).")
        String keyId;

        Remove(PrintStream out) {
            super(out);
        }

        @Override
        int run(ConsoleServices console) {
            if (!console.tiPublishers().remove(keyId)) {
                throw new IllegalArgumentException("no trusted key " + keyId);
            }
            out.println("removed: " + keyId);
            return 0;
        }
    }
}
