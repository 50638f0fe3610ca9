package io.plantwatch.ui.alerts;

import io.plantwatch.console.alerts.AlertView;
import io.plantwatch.ui.data.AlertRow;
import io.plantwatch.ui.support.Formats;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How an alert's repeats read in its detail and sort in the list. */
class AlertSeenTextTest {
    private static final long T = 1_700_000_000_000L;

    private static AlertView alert(long occurrences, Long lastSeen) {
        return new AlertView(1, T, "Unauthorized PLC Programming", "m", "Major", "Policy Violation", "10.0.0.9",
                "10.0.0.1", "north", "plant", false, null, null, List.of("north-1"), List.of(), List.of(),
                occurrences, lastSeen);
    }

    @Test
    void onceOrManyTimesWithTheLatestSighting() {
        assertThat(AlertDetailViewModel.seen(alert(1, null))).isEqualTo("Seen once");
        assertThat(AlertDetailViewModel.seen(alert(12, T + 60_000)))
                .isEqualTo("Seen 12 times, last " + Formats.time(T + 60_000));
        assertThat(AlertDetailViewModel.seen(alert(3, null))).isEqualTo("Seen 3 times");
    }

    @Test
    void theListsLastSeenFallsBackToTheFirstSighting() {
        assertThat(AlertRow.of(alert(1, null)).lastSeen()).isEqualTo(T);
        assertThat(AlertRow.of(alert(4, T + 5_000)).lastSeen()).isEqualTo(T + 5_000);
        assertThat(AlertRow.of(alert(4, T + 5_000)).occurrences()).isEqualTo(4);
    }
}
