package io.plantwatch.sensor.pipeline;

import io.plantwatch.bench.SyntheticCapture;
import io.plantwatch.capture.CaptureFiles;
import io.plantwatch.capture.FrameSource;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.TrafficCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another plant's traffic, then an hour later this plant's: once over the limit, the first plant's
 * flows are forgotten with the first check after the jump, not at the next snapshot, and the next
 * snapshot gets their connections.
 */
class IdleFlowExpiryTest {
    private static final Pipeline.Expiry EXPIRY = new Pipeline.Expiry(500, 300_000_000_000L);

    @TempDir
    Path dir;

    @Test
    void idleFlowsAreForgottenBetweenSnapshotsOnceOverTheLimit() throws Exception {
        Path earlier = dir.resolve("other-plant.pcap");
        Path later = dir.resolve("this-plant.pcap");
        SyntheticCapture.otherPlant(1).write(earlier, 1_000_000L);
        SyntheticCapture.standard().write(later, 1_000_000L);
        TrafficCollector collector = new TrafficCollector(DecoderRegistry.standard());
        IdleFlowExpiry expiry = new IdleFlowExpiry(EXPIRY);

        replay(earlier, collector, expiry);
        int earlierFlows = collector.flowCount();
        assertThat(earlierFlows).as("over the limit, yet none idle within one capture").isGreaterThan(EXPIRY.flowLimit());
        List<Integer> counts = replay(later, collector, expiry);

        assertThat(counts.get(0)).as("after this plant's first frame").isEqualTo(1);
        assertThat(counts.get(counts.size() - 1)).isEqualTo(collector.flowCount()).isLessThan(earlierFlows + 1);
        List<Connection> drained = expiry.drain(collector);
        assertThat(drained).hasSize(earlierFlows);
        assertThat(drained).allMatch(c -> c.a().ip().startsWith("172.") || c.b().ip().startsWith("172."));
        assertThat(expiry.drain(collector)).as("handed over once").isEmpty();
    }

    /** Every frame through the collector with a check after each; the flow count after each frame. */
    private static List<Integer> replay(Path capture, TrafficCollector collector, IdleFlowExpiry expiry) throws Exception {
        List<Integer> counts = new ArrayList<>();
        try (FrameSource source = CaptureFiles.open(capture)) {
            source.forEach(frame -> {
                collector.onFrame(frame);
                expiry.check(collector);
                counts.add(collector.flowCount());
            });
        }
        return counts;
    }
}
