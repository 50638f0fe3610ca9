package io.plantwatch.bench;

import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** One benchmark run in this JVM: it must exit 0 and print only {@code key: value} lines. */
record BenchRun(String printed, Map<String, String> figures) {
    static BenchRun of(Function<PrintStream, Object> bench, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new CommandLine(bench.apply(new PrintStream(out, true, StandardCharsets.UTF_8))).execute(args);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        Map<String, String> figures = new HashMap<>();
        for (String line : printed.split("\\R")) {
            String[] pair = line.split(": ", 2);
            assertThat(pair).as("a key: value line: %s", line).hasSize(2);
            figures.put(pair[0], pair[1]);
        }
        return new BenchRun(printed, figures);
    }
}
