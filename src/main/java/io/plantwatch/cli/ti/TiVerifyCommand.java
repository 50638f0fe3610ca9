package io.plantwatch.cli.ti;

import io.plantwatch.ti.format.PackageRejectedException;
import io.plantwatch.ti.format.PackageVerifier;
import io.plantwatch.ti.format.SigningKeys;
import io.plantwatch.ti.format.VerifiedPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a package's signature (against trusted public keys) and every file's SHA-256.")
final class TiVerifyCommand implements Callable<Integer> {
    @Option(names = "--trust", required = true, paramLabel = "PUBKEY", description = "Trusted public key (X.509 PEM); repeatable.")
    List<Path> trust;
    @Parameters(paramLabel = "FILE", description = "The package.")
    Path file;

    private final PrintStream print;

    TiVerifyCommand(PrintStream print) {
        this.print = print;
    }

    @Override
    public Integer call() throws Exception {
        List<PublicKey> keys = new ArrayList<>();
        for (Path key : trust) {
            keys.add(SigningKeys.readPublic(key));
        }
        try {
            VerifiedPackage verified = new PackageVerifier(keys).verify(Files.readAllBytes(file));
            print.println("verified: " + file);
            print.println("version: " + verified.manifest().version());
            print.println("key_id: " + verified.manifest().keyId());
            print.println("files: " + verified.manifest().files().size());
            return 0;
        } catch (PackageRejectedException e) {
            throw new IllegalStateException("rejected: " + e.getMessage(), e);
        }
    }
}
