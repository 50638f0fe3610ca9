package io.plantwatch.cli.ti;

import io.plantwatch.ti.build.BuildInputs;
import io.plantwatch.ti.build.BuildResult;
import io.plantwatch.ti.build.PackageBuilder;
import io.plantwatch.ti.content.ProblemLog;
import io.plantwatch.ti.format.PackageWriter;
import io.plantwatch.ti.format.SigningKeys;
import io.plantwatch.ti.match.VendorNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build a signed TI package from CSAF advisories, the ATT&CK for ICS bundle and the IEEE registries.")
final class TiBuildCommand implements Callable<Integer> {
    @Option(names = "--csaf", required = true, paramLabel = "DIR", description = "Directory of CSAF 2.0 advisories (searched recursively).")
    Path csaf;
    @Option(names = "--attack", required = true, paramLabel = "FILE", description = "ATT&CK for ICS STIX bundle (ics-attack.json).")
    Path attack;
    @Option(names = "--oui", required = true, paramLabel = "DIR", description = "Directory with oui.csv, mam.csv, oui36.csv.")
    Path oui;
    @Option(names = "--indicators", paramLabel = "FILE", description = "Indicators, one 'type,value[,description]' per line.")
    Path indicators;
    @Option(names = "--key", required = true, paramLabel = "KEY", description = "Signing key (ti-signing.key).")
    Path key;
    @Option(names = "--version", required = true, paramLabel = "V", description = "Package version.")
    String version;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Package file to write.")
    Path out;
    @Option(names = "--created", paramLabel = "INSTANT", description = "Creation time (ISO-8601, e.g. 2026-01-01T00:00:00Z); pin it for reproducible bytes. Default: now.")
    Instant created;
    @Option(names = "--publisher", defaultValue = "Plantwatch TI builder", description = "Publisher named in the manifest (default: ${DEFAULT-VALUE}).")
    String publisher;

    private final PrintStream print;

    TiBuildCommand(PrintStream print) {
        this.print = print;
    }

    @Override
    public Integer call() throws Exception {
        PackageBuilder builder = new PackageBuilder(new PackageWriter(SigningKeys.readPrivate(key)), VendorNames.standard());
        Instant when = created != null ? created : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        BuildResult result = builder.build(new BuildInputs(csaf, attack, oui, indicators, version, when, publisher));
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.write(tmp, result.zip());
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        print.println("package: " + out);
        print.println("bytes: " + result.zip().length);
        print.println("version: " + result.manifest().version());
        print.println("key_id: " + result.manifest().keyId());
        result.manifest().counts().forEach((k, v) -> print.println(k + ": " + v));
        for (ProblemLog.Problem problem : result.problems()) {
            print.println("not used: " + problem.count() + " x " + problem.kind());
            problem.examples().forEach(e -> print.println("    e.g. " + e));
        }
        return 0;
    }
}
