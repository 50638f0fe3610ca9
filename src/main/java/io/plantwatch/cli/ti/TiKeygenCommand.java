package io.plantwatch.cli.ti;

import io.plantwatch.ti.format.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;

@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Make an Ed25519 signing key pair: DIR/ti-signing.key (PKCS#8 PEM) and DIR/ti-signing.pub (X.509 PEM).")
final class TiKeygenCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the key files.")
    Path out;

    private final PrintStream print;

    TiKeygenCommand(PrintStream print) {
        this.print = print;
    }

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out.resolve(SigningKeys.PRIVATE_FILE))) {
            throw new IllegalArgumentException(out.resolve(SigningKeys.PRIVATE_FILE) + " exists; not overwriting a key");
        }
        KeyPair keys = SigningKeys.generate();
        SigningKeys.write(keys, out);
        print.println("private_key: " + out.resolve(SigningKeys.PRIVATE_FILE));
        print.println("public_key: " + out.resolve(SigningKeys.PUBLIC_FILE));
        print.println("key_id: " + SigningKeys.keyId(keys.getPublic()));
        return 0;
    }
}
