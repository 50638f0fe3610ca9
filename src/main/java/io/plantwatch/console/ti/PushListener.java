package io.plantwatch.console.ti;

/** Progress of a push, called from the pushing threads (implementations must be thread-safe). */
public interface PushListener {
    PushListener NONE = new PushListener() { };

    default void started(String sensor) {
    }

    default void finished(SensorPushResult result) {
    }
}
