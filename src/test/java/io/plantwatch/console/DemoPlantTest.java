package io.plantwatch.console;

import io.plantwatch.console.demo.DemoOptions;
import io.plantwatch.console.demo.DemoPlant;
import io.plantwatch.console.demo.DemoProgress;
import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.SyncListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo plant's life over two console runs: started (real sensor services replaying simulated
 * captures), left registered when the console closes, started afresh by the next console, then
 * stopped and removed with its zones and site.
 */
class DemoPlantTest {
    @TempDir
    Path data;

    @Test
    void aDemoLeftByAnEarlierRunStartsAfreshAndIsRemovedWithItsZonesAndSite() throws Exception {
        AtomicInteger syncs = new AtomicInteger();
        DemoProgress counting = new DemoProgress() {
            @Override
            public void step(String message, long done, long total) {
            }

            @Override
            public void synced() {
                syncs.incrementAndGet();
            }
        };
        try (ConsoleServices services = ConsoleServices.open(data)) {
            DemoPlant demo = new DemoPlant(services, DemoOptions.STANDARD.fast(), Clock.systemUTC());
            demo.start(counting, Cancellation.none());
            assertThat(demo.isRunning()).isTrue();
            assertThat(syncs.get()).isPositive();
            assertThat(services.topology().zones()).extracting(zone -> zone.path())
                    .containsExactly("Demo plant/Production", "Demo plant/Site network");
            assertThat(services.alerts().alerts(null)).as("the simulated attacks").isNotEmpty();
            demo.close();
        }
        try (ConsoleServices services = ConsoleServices.open(data)) {
            DemoPlant demo = new DemoPlant(services, DemoOptions.STANDARD.fast(), Clock.systemUTC());
            assertThat(demo.isInstalled()).isTrue();
            assertThat(demo.isRunning()).isFalse();
            assertThat(services.sync().syncAll(SyncListener.NONE, Cancellation.none()).results())
                    .as("its sensors stopped with the earlier console")
                    .allSatisfy(result -> assertThat(result.health()).isEqualTo(SensorHealth.DISCONNECTED));

            demo.start(DemoProgress.NONE, Cancellation.none());
            assertThat(services.sensors().list()).hasSize(3)
                    .allSatisfy(sensor -> assertThat(sensor.health()).isEqualTo(SensorHealth.SYNCED));

            demo.stopAndRemove();
            assertThat(demo.isInstalled()).isFalse();
            assertThat(services.topology().sites()).isEmpty();
            assertThat(services.inventory().summaries(null)).isEmpty();
            assertThat(services.alerts().alerts(null)).isEmpty();
            assertThat(data.resolve("demo")).doesNotExist();
        }
    }
}
