package io.plantwatch.sensor.pipeline;

/** Where capture stands, as {@code status} reports it. */
public enum CaptureState {
    STARTING, RUNNING, REPLAY_FINISHED, STOPPED, FAILED
}
