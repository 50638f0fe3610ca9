package io.plantwatch.cli.ti;

import io.plantwatch.ti.format.Manifest;
import io.plantwatch.ti.format.PackageVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print a package's manifest (version, creation, publisher, key id, counts, files). Does NOT verify: use 'ti verify'.")
final class TiInfoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The package.")
    Path file;

    private final PrintStream print;

    TiInfoCommand(PrintStream print) {
        this.print = print;
    }

    @Override
    public Integer call() throws Exception {
        Manifest manifest;
        try {
            manifest = new PackageVerifier(List.of()).peek(Files.readAllBytes(file));
        } catch (io.plantwatch.ti.format.PackageRejectedException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        print.println("format: " + manifest.format() + "/" + manifest.formatVersion());
        print.println("version: " + manifest.version());
        print.println("created: " + manifest.created());
        print.println("publisher: " + manifest.publisher());
        print.println("key_id: " + manifest.keyId());
        manifest.counts().forEach((k, v) -> print.println(k + ": " + v));
        for (Manifest.FileEntry f : manifest.files()) {
            print.println("file: " + f.name() + " " + f.bytes() + " " + f.sha256());
        }
        print.println("signature: not checked (use ti verify --trust PUBKEY)");
        return 0;
    }
}
