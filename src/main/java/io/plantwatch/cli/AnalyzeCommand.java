package io.plantwatch.cli;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.ReportJson;
import io.plantwatch.analysis.ReportText;
import io.plantwatch.capture.CaptureProblem;
import io.plantwatch.ti.format.PackageRejectedException;
import io.plantwatch.ti.match.IndicatorIndex;
import io.plantwatch.ti.match.PackageIndicators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Passive analysis of capture files (pcap, pcapng, gzip-compressed):",
            "devices, connections, protocol statistics and alerts. All files make one inventory."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:analysed (damage inside files is reported, not fatal)",
            "1:no file could be read", "2:bad command line, or a --ti package that is refused",
            "3:not enough memory for the captures' flows (raise -Xmx)"})
final class AnalyzeCommand implements Callable<Integer> {
    private static final int MAX_PROBLEMS_SHOWN = 20;

    @Option(names = "--json", description = "Print the JSON document (see DESIGN.md) instead of a summary.")
    boolean json;

    @Option(names = "--learn", paramLabel = "SECONDS",
            description = "Treat the first SECONDS of the capture as learning mode; baseline alerts"
                    + " (new devices, new connections, writes from new clients) follow it.")
    Double learnSeconds;

    @Option(names = "--ti", paramLabel = "PACKAGE",
            description = "A TI package (zip): its indicators of compromise are matched against the traffic"
                    + " (Malware alerts). Needs --trust.")
    Path tiPackage;

    @Option(names = "--trust", paramLabel = "PUBKEY",
            description = "Public key (X.509 PEM) the --ti package must be signed with; repeatable.")
    List<Path> trust;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Capture files, read in this order.")
    List<Path> files;

    private final PrintStream out;
    private final PrintStream err;

    AnalyzeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            return analyze();
        } catch (OutOfMemoryError e) {
            // The analysis holds state per flow and host, not per packet: a heap too small for the
            // captures' flows fails here, and the user needs the remedy rather than a stack trace.
            err.println();
            err.println("error: not enough memory to analyse " + files + " (heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB); run with a larger heap,"
                    + " e.g. java -Xmx2g -jar plantwatch.jar analyze ...");
            return 3;
        }
    }

    private int analyze() {
        if (learnSeconds != null && !(learnSeconds >= 0 && learnSeconds < 1e9)) {
            err.println("error: --learn takes a number of seconds from 0 on");
            return 2;
        }
        IndicatorIndex indicators = null;
        if (tiPackage != null) {
            if (trust == null || trust.isEmpty()) {
                err.println("error: --ti needs --trust PUBKEY: the package is used only with a valid signature");
                return 2;
            }
            try {
                indicators = PackageIndicators.load(tiPackage, trust);
            } catch (IOException | PackageRejectedException | RuntimeException e) {
                err.println("error: " + tiPackage + ": TI package not used: " + e.getMessage());
                return 2;
            }
        }
        ProgressBar progress = new ProgressBar(err);
        AnalysisReport report = Analyzer.standard().analyze(files, progress, learnSeconds == null ? null
                : java.time.Duration.ofNanos(Math.round(learnSeconds * 1e9)), indicators);
        progress.finish();
        List<CaptureProblem> problems = report.capture().problems();
        if (report.capture().filesRead() == 0) {
            problems.forEach(p -> err.println("error: " + p.source() + ": " + p.message()));
            return 1;
        }
        problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> err.println("warning: " + p));
        if (problems.size() > MAX_PROBLEMS_SHOWN) {
            err.printf("warning: ... and %d more problems (all are in --json)%n", problems.size() - MAX_PROBLEMS_SHOWN);
        }
        if (json) {
            try {
                new ReportJson().write(report, out);
            } catch (IOException e) {
                err.println("error: cannot write the JSON report: " + e.getMessage());
                return 1;
            }
            out.println();
        } else {
            out.print(new ReportText().write(report));
        }
        out.flush();
        return 0;
    }
}
