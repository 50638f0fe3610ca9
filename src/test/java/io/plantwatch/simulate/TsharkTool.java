package io.plantwatch.simulate;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the installed tshark (tests skip with a message where there is none). */
final class TsharkTool {
    private static final Path TSHARK = Path.of("/usr/bin/tshark");

    private TsharkTool() {
    }

    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(TSHARK) || onPath(),
                "tshark is not installed: the Wireshark cross-checks are skipped (.ci/run installs it)");
    }

    /** tshark's standard output for {@code tshark -n -r FILE ARGS...}. */
    static String run(Path capture, String... args) {
        List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", capture.toString()));
        command.addAll(Arrays.asList(args));
        try {
            Path out = Files.createTempFile("tshark-", ".txt");
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(false)
                        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(5, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new AssertionError("tshark did not finish: " + command);
                }
                if (p.exitValue() != 0) {
                    throw new AssertionError("tshark failed (" + p.exitValue() + "): " + command);
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run tshark", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Rows of {@code -T fields} output, tab-separated, every occurrence of a field joined by '|'. */
    static List<String[]> fields(Path capture, String filter, String... fields) {
        List<String> args = new ArrayList<>(List.of("-T", "fields", "-E", "occurrence=a", "-E", "aggregator=|"));
        if (filter != null) {
            args.add("-Y");
            args.add(filter);
        }
        for (String f : fields) {
            args.add("-e");
            args.add(f);
        }
        String text = run(capture, args.toArray(String[]::new));
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private static boolean onPath() {
        try {
            return new ProcessBuilder("tshark", "-v").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
