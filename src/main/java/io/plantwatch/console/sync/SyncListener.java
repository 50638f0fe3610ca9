package io.plantwatch.console.sync;

/**
 * Hears how a sync goes, sensor by sensor. Called from the sync's worker threads, several at a
 * time: implementations must be thread-safe (a GUI hands the calls to its UI thread).
 */
public interface SyncListener {
    SyncListener NONE = new SyncListener() {
    };

    default void sensorStarted(String sensor) {
    }

    /** @param phase "fetch" (items received so far) or "merge" */
    default void progress(String sensor, String phase, long items) {
    }

    default void sensorFinished(SensorSyncResult result) {
    }
}
