package io.plantwatch.console.map;

import io.plantwatch.console.store.ConsoleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pinned positions live in the console store (real H2 file, real migrations) and survive a restart. */
class MapPinsTest {
    @TempDir
    Path data;

    @Test
    void pinsAreKeptAcrossAReopenAndCanBeMovedAndRemoved() {
        try (ConsoleStore store = ConsoleStore.open(data)) {
            MapPins pins = new MapPins(store, Clock.systemUTC());
            pins.pin("device:7", new MapPoint(10.5, -20));
            pins.pin("subnet:north 10.0.1.0/24", new MapPoint(1, 2));
            pins.pin("device:7", new MapPoint(30, 40));
        }
        try (ConsoleStore store = ConsoleStore.open(data)) {
            MapPins pins = new MapPins(store, Clock.systemUTC());
            assertThat(pins.all()).containsEntry("device:7", new MapPoint(30, 40))
                    .containsEntry("subnet:north 10.0.1.0/24", new MapPoint(1, 2)).hasSize(2);
            pins.unpin("device:7");
            assertThat(pins.all()).containsOnlyKeys("subnet:north 10.0.1.0/24");
            pins.unpinAll();
            assertThat(pins.all()).isEmpty();
        }
    }

    @Test
    void aPositionThatIsNotANumberIsRefused() {
        try (ConsoleStore store = ConsoleStore.open(data)) {
            MapPins pins = new MapPins(store, Clock.systemUTC());
            assertThatThrownBy(() -> pins.pin("device:1", new MapPoint(Double.NaN, 0)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(pins.all()).isEmpty();
        }
    }
}
