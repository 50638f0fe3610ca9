package io.plantwatch.console.sync;

import java.util.List;

/** The outcome of one sync run over several sensors. */
public record SyncReport(List<SensorSyncResult> results, long millis) {
    public boolean allSucceeded() {
        return results.stream().allMatch(SensorSyncResult::succeeded);
    }

    public long fetched() {
        return results.stream().mapToLong(SensorSyncResult::fetched).sum();
    }
}
