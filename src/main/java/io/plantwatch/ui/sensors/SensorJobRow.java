package io.plantwatch.ui.sensors;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One sensor's line in a bulk job (sync now, remove): its state, progress and outcome, updated as
 * the job goes. FX-thread confined.
 */
public final class SensorJobRow {
    public enum State {
        WAITING, RUNNING, SUCCEEDED, FAILED, CANCELLED
    }

    private final String sensor;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WAITING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Waiting");

    public SensorJobRow(String sensor) {
        this.sensor = sensor;
    }

    public String sensor() {
        return sensor;
    }

    void running(String text) {
        state.set(State.RUNNING);
        progress.set(-1);
        message.set(text);
    }

    void finished(boolean succeeded, String text) {
        state.set(succeeded ? State.SUCCEEDED : State.FAILED);
        progress.set(1);
        message.set(text);
    }

    void cancelled() {
        if (state.get() == State.WAITING || state.get() == State.RUNNING) {
            state.set(State.CANCELLED);
            progress.set(0);
            message.set("Cancelled");
        }
    }

    public State state() {
        return state.get();
    }

    public String message() {
        return message.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
