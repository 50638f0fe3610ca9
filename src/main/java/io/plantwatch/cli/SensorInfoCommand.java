package io.plantwatch.cli;

import io.plantwatch.sensor.tls.TlsMaterial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print a sensor's certificate fingerprint (SHA-256) and subject, for pinning.")
final class SensorInfoCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "The sensor's data directory.")
    Path data;

    private final PrintStream out;

    SensorInfoCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        TlsMaterial tls = TlsMaterial.load(data);
        out.println("fingerprint_sha256: " + tls.fingerprint());
        out.println("subject: " + tls.certificate().getSubjectX500Principal().getName());
        out.println("not_after: " + tls.certificate().getNotAfter().toInstant());
        return 0;
    }
}
