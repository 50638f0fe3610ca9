package io.plantwatch.console.ti;

import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.RetryPolicy;
import io.plantwatch.console.sync.SensorClients;
import io.plantwatch.console.sensors.TokenStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Target choice by all/site/zone/name, and a cancelled push that touches no sensor. */
class PushTargetsTest {
    @TempDir
    Path data;

    private static SensorRecord sensor(long id, String name, String site, String zone) {
        return new SensorRecord(id, name, "https://127.0.0.1:1", id, zone, site, "00", 0, "plantwatch", null, null,
                SensorHealth.OUT_OF_SYNC, null, null, null, null);
    }

    private final List<SensorRecord> fleet = List.of(sensor(1, "a", "north-plant", "z1"),
            sensor(2, "b", "north-plant", "z2"), sensor(3, "c", "south-plant", "z3"));

    @Test
    void choosesBySiteZoneNameOrAll() {
        assertThat(PushTargets.select(fleet, true, List.of(), List.of(), List.of())).extracting(SensorRecord::name)
                .containsExactly("a", "b", "c");
        assertThat(PushTargets.select(fleet, false, List.of("north-plant"), List.of(), List.of()))
                .extracting(SensorRecord::name).containsExactly("a", "b");
        assertThat(PushTargets.select(fleet, false, List.of(), List.of("z3"), List.of("a")))
                .extracting(SensorRecord::name).containsExactly("a", "c");
        assertThatThrownBy(() -> PushTargets.select(fleet, false, List.of(), List.of("z9"), List.of("x")))
                .hasMessage("no such sensor x, zone z9");
        assertThatThrownBy(() -> PushTargets.select(fleet, false, List.of(), List.of(), List.of()))
                .hasMessageContaining("no target sensors");
    }

    @Test
    void aCancelledPushReportsEverySensorCancelledWithoutContactingIt() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        List<String> started = new ArrayList<>();
        List<SensorPushResult> results = new TiPushService(new SensorClients(new TokenStore(data), RetryPolicy.DEFAULT), 2)
                .push(new byte[] {1}, "v", fleet, new PushListener() {
                    @Override
                    public void started(String sensor) {
                        synchronized (started) {
                            started.add(sensor);
                        }
                    }
                }, cancel);
        assertThat(results).extracting(SensorPushResult::sensor).containsExactly("a", "b", "c");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.ok()).isFalse();
            assertThat(r.error()).isEqualTo("cancelled");
        });
        assertThat(started).isEmpty();
    }
}
