package io.plantwatch.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {
    private long now;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> now);

    @Test
    void staysSilentDuringTheFirstSecond() {
        now = 900_000_000L;
        bar.update("a.pcap", 50, 100);
        bar.finish();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void drawsPercentageAndFileAfterASecondAndClearsAtTheEnd() {
        now = 1_500_000_000L;
        bar.update("plant.pcap", 250, 1000);
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        bar.finish();

        assertThat(drawn).startsWith("\r[").contains(" 25%").contains("plant.pcap");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r");
    }

    @Test
    void redrawsAtMostFiveTimesASecond() {
        now = 2_000_000_000L;
        bar.update("a", 10, 100);
        int afterFirst = bytes.size();
        now += 100_000_000L;
        bar.update("a", 20, 100);

        assertThat(bytes.size()).isEqualTo(afterFirst);
    }
}
