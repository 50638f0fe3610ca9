package io.plantwatch.ui.ti;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** One target sensor's row on the TI screen: its state and message. Changed on the FX thread only. */
public final class PushRow {
    public enum State { WAITING, PUSHING, OK, FAILED, CANCELLED }

    private final String sensor;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WAITING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    PushRow(String sensor) {
        this.sensor = sensor;
    }

    public String sensor() {
        return sensor;
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void update(State newState, String newMessage) {
        state.set(newState);
        message.set(newMessage == null ? "" : newMessage);
    }
}
