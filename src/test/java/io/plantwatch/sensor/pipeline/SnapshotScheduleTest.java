package io.plantwatch.sensor.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule on clocks the test moves: when a snapshot is due, and what keeps it from being. */
class SnapshotScheduleTest {
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;

    private long wall = 5 * SECOND;
    private long cpu = 7 * SECOND;
    private final SnapshotSchedule schedule = new SnapshotSchedule(() -> wall, () -> cpu);

    @Test
    void theFirstSnapshotIsDueOnceASecondHasPassed() {
        wall += SECOND - MS;
        cpu += SECOND - MS;
        assertThat(schedule.due(false)).isFalse();
        wall += MS;
        assertThat(schedule.due(false)).isTrue();
    }

    @Test
    void anExpensiveSnapshotPushesTheNextOneBackByItsBudgetInCpuAndWallTime() {
        takeSnapshotCosting(200 * MS); // budget: 20 x 200 ms = 4 s of CPU on frames, and 4 s of wall time
        wall += 3 * SECOND;
        cpu += 3 * SECOND;
        assertThat(schedule.due(false)).as("3 s after").isFalse();
        wall += SECOND;
        cpu += SECOND;
        assertThat(schedule.due(false)).as("4 s after").isTrue();
    }

    @Test
    void onABusyMachineWallTimeAloneDoesNotMakeASnapshotDue() {
        takeSnapshotCosting(200 * MS);
        wall += 60 * SECOND; // the pipeline thread hardly ran: starved by other processes
        cpu += SECOND;
        assertThat(schedule.due(false)).isFalse();
        cpu += 3 * SECOND;
        assertThat(schedule.due(false)).isTrue();
    }

    @Test
    void afterWaitingForInputOnlyTheWallIntervalCounts() {
        takeSnapshotCosting(200 * MS);
        wall += 4 * SECOND;
        cpu += 10 * MS; // a quiet interface: the pipeline mostly waited
        assertThat(schedule.due(false)).isFalse();
        schedule.waited();
        assertThat(schedule.due(false)).isTrue();
    }

    @Test
    void takingASnapshotForgetsTheWait() {
        schedule.waited();
        takeSnapshotCosting(10 * MS);
        wall += 2 * SECOND;
        cpu += 10 * MS;
        assertThat(schedule.due(false)).isFalse();
    }

    @Test
    void nothingIsDueWhileTheWriterHasNotTakenThePreviousSnapshot() {
        wall += 10 * SECOND;
        cpu += 10 * SECOND;
        schedule.waited();
        assertThat(schedule.due(true)).isFalse();
        assertThat(schedule.due(false)).isTrue();
    }

    @Test
    void cpuNowReadsTheCpuClock() {
        cpu += 123;
        assertThat(schedule.cpuNow()).isEqualTo(cpu);
    }

    /** The pipeline builds a snapshot now that takes {@code cost} of CPU (and as much wall time). */
    private void takeSnapshotCosting(long cost) {
        long before = schedule.cpuNow();
        cpu += cost;
        wall += cost;
        schedule.taken(before);
    }
}
