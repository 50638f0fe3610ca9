package io.plantwatch.sensor.merge;

import io.plantwatch.detect.Alert;
import io.plantwatch.detect.Baseline;
import io.plantwatch.detect.Detections;
import io.plantwatch.detect.Detector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sensor's watch over live capture, driven by a test clock and a real detector: silence for
 * the quiet time raises one Operational alert, more silence raises nothing more, frames coming
 * again give a back-to-normal event, and the next silence is a new alert.
 */
class TrafficWatchTest {
    private static final long MINUTE = 60_000_000_000L;
    private final AtomicLong clock = new AtomicLong(1_764_000_000_000_000_000L);
    private final Detector detector = new Detector(new Baseline(false, java.util.List.of()), 1);
    private final TrafficWatch watch = new TrafficWatch("eth1", Duration.ofMinutes(5), clock::get);

    @Test
    void oneAlertPerQuietSpellAndAnEventWhenTrafficResumes() {
        watch.packets(10);
        assertThat(after(4).alerts()).isEmpty();
        watch.packets(10); // snapshots keep coming while nothing is captured

        Detections stopped = after(1);
        assertThat(stopped.alerts()).hasSize(1);
        Alert alert = stopped.alerts().get(0);
        assertThat(alert.engine()).isEqualTo(Alert.Engine.OPERATIONAL);
        assertThat(alert.title()).isEqualTo("No traffic detected on sensor interface");
        assertThat(alert.message()).isEqualTo("Traffic stopped on eth1: no frame for 5 minutes");
        assertThat(alert.time()).isEqualTo(clock.get());

        assertThat(after(1).alerts()).isEmpty();
        assertThat(after(30).alerts()).as("still stopped: no repeat").isEmpty();

        watch.packets(11);
        Detections resumed = after(0);
        assertThat(resumed.alerts()).isEmpty();
        assertThat(resumed.events()).singleElement()
                .satisfies(e -> assertThat(e.content()).isEqualTo("Traffic detected on sensor interface eth1"));
        assertThat(after(1).events()).isEmpty();

        Detections again = after(5);
        assertThat(again.alerts()).singleElement().satisfies(a -> assertThat(a.id()).isNotEqualTo(alert.id()));
    }

    @Test
    void silenceFromTheStartCountsToo() {
        assertThat(after(4).alerts()).isEmpty();
        assertThat(after(2).alerts()).singleElement()
                .satisfies(a -> assertThat(a.message()).isEqualTo("Traffic stopped on eth1: no frame for 6 minutes"));
    }

    private Detections after(long minutes) {
        clock.addAndGet(minutes * MINUTE);
        return watch.check(detector);
    }
}
