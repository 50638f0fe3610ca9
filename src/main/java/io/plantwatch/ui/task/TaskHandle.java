package io.plantwatch.ui.task;

import io.plantwatch.console.sync.Cancellation;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A started task as the UI sees it: title, progress (-1 while unknown), message, whether it is
 * still running, and cancel. The properties change on the FX thread only (on the calling thread
 * with {@link CurrentThreadTaskExecutor}); {@link #cancel()} may be called from any thread.
 */
public final class TaskHandle {
    private final String title;
    private final Cancellation cancellation = new Cancellation();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
    private volatile Runnable onCancel = () -> { };

    TaskHandle(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public void cancel() {
        cancellation.cancel();
        onCancel.run();
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    Cancellation cancellation() {
        return cancellation;
    }

    void onCancel(Runnable action) {
        this.onCancel = action;
    }

    void setProgress(double value) {
        progress.set(value);
    }

    void setMessage(String value) {
        message.set(value == null ? "" : value);
    }

    void finished() {
        running.set(false);
    }
}
