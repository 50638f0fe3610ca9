package io.plantwatch.ui.map;

import io.plantwatch.console.map.MapNode;
import io.plantwatch.console.map.NodeKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The last-seen window and the multicast/broadcast toggle of the map's filter. */
class MapFilterTest {
    private static final long NOW = 1_800_000_000_000L;

    private static MapNode node(Long lastSeen, boolean group) {
        return new MapNode("device:1", NodeKind.DEVICE, "d", "PLC", 1, "north", "north 10.0.0.0/24",
                List.of("modbus"), 0, 1, 1, lastSeen, 0, 0, group);
    }

    private static MapFilter seenSince(SeenWithin window) {
        return new MapFilter(Set.of(), Set.of(), Set.of(), Set.of(), false, window.since(NOW), false);
    }

    @Test
    void theLastSeenWindowKeepsWhatWasSeenInsideItAndDropsTheUnknown() {
        MapNode minutesAgo = node(NOW - 10 * 60_000L, false);
        MapNode hoursAgo = node(NOW - 5 * 3_600_000L, false);
        MapNode daysAgo = node(NOW - 3 * 86_400_000L, false);
        MapNode monthAgo = node(NOW - 30 * 86_400_000L, false);
        MapNode never = node(null, false);

        assertThat(List.of(minutesAgo, hoursAgo, daysAgo, monthAgo, never).stream()
                .map(seenSince(SeenWithin.HOUR)::shows)).containsExactly(true, false, false, false, false);
        assertThat(List.of(minutesAgo, hoursAgo, daysAgo, monthAgo, never).stream()
                .map(seenSince(SeenWithin.DAY)::shows)).containsExactly(true, true, false, false, false);
        assertThat(List.of(minutesAgo, hoursAgo, daysAgo, monthAgo, never).stream()
                .map(seenSince(SeenWithin.WEEK)::shows)).containsExactly(true, true, true, false, false);
        assertThat(List.of(minutesAgo, hoursAgo, daysAgo, monthAgo, never).stream()
                .map(seenSince(SeenWithin.ANY)::shows)).containsOnly(true);
    }

    @Test
    void theToggleHidesGroupAddressesOnly() {
        MapFilter hide = new MapFilter(Set.of(), Set.of(), Set.of(), Set.of(), false, null, true);

        assertThat(hide.shows(node(NOW, true))).isFalse();
        assertThat(hide.shows(node(NOW, false))).isTrue();
        assertThat(MapFilter.NONE.shows(node(NOW, true))).isTrue();
    }
}
