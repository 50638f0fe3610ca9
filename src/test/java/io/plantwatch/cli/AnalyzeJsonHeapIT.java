package io.plantwatch.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.plantwatch.bench.SyntheticCapture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze --json} in a heap sized for the capture's flows, not for its report: the document
 * of 92,376 connections (about 50 MB of JSON) is streamed out. Built as one tree and one string it
 * needed more than 288 MB of heap for this capture; streamed, the analysis needs about 112 MB.
 */
class AnalyzeJsonHeapIT {
    private static final String HEAP = "-Xmx192m";

    @TempDir
    Path dir;

    @Test
    void largeReportIsStreamedWithinASmallHeap() throws Exception {
        Path jar = Path.of(System.getProperty("plantwatch.jar", "target/plantwatch.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar + " (run mvn package)");
        Path capture = dir.resolve("many-flows.pcap");
        SyntheticCapture.standard().write(capture, 100_000_000L);
        Path json = dir.resolve("report.json");
        Path errors = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process analyze = new ProcessBuilder(List.of(java, HEAP, "-jar", jar.toString(), "analyze", "--json",
                capture.toString())).redirectOutput(json.toFile()).redirectError(errors.toFile()).start();

        assertThat(analyze.waitFor(5, TimeUnit.MINUTES)).as("analyze ended").isTrue();
        assertThat(analyze.exitValue()).as(Files.readString(errors)).isZero();
        assertThat(Files.readString(errors)).doesNotContain("Exception", "Error");
        assertThat(connections(json)).isEqualTo(92_376); // the synthetic capture is the same for its seed
    }

    /** The number of elements in the document's "connections" array, read as a stream. */
    private static int connections(Path json) throws Exception {
        try (JsonParser p = new JsonFactory().createParser(json.toFile())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && "connections".equals(p.getCurrentName())
                        && p.getParsingContext().getParent().inRoot()) {
                    p.nextToken();
                    int n = 0;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        p.skipChildren();
                        n++;
                    }
                    return n;
                }
            }
        }
        return -1;
    }
}
