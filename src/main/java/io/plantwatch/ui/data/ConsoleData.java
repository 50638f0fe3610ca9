package io.plantwatch.ui.data;

import io.plantwatch.ui.task.BackgroundTask;
import io.plantwatch.ui.task.TaskExecutor;
import io.plantwatch.ui.task.TaskHandle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The console's data as the screens share it: the latest {@link ConsoleSnapshot} and observable
 * lists of its devices, alerts and sensors (the sources of every table pipeline). Reloading runs
 * as a background task; the lists change on the FX thread, all at once, when it is done.
 * FX-thread confined.
 */
public final class ConsoleData {
    private final SnapshotLoader loader;
    private final TaskExecutor tasks;
    private final StatusLine status;
    private final ObservableList<DeviceRow> devices = FXCollections.observableArrayList();
    private final ObservableList<AlertRow> alerts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConsoleSnapshot> snapshot = new ReadOnlyObjectWrapper<>(ConsoleSnapshot.EMPTY);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final List<Consumer<ConsoleSnapshot>> afterLoad = new ArrayList<>();
    private TaskHandle pending;
    private boolean reloadAgain;

    public ConsoleData(SnapshotLoader loader, TaskExecutor tasks, StatusLine status) {
        this.loader = loader;
        this.tasks = tasks;
        this.status = status;
    }

    /**
     * Reads everything again in the background. While a reload runs, another request makes it run
     * once more when done (so a sync that finishes mid-read is not missed).
     */
    public void reload() {
        if (pending != null && pending.isRunning()) {
            reloadAgain = true;
            return;
        }
        loading.set(true);
        pending = tasks.execute(BackgroundTask.of("Loading the inventory",
                        context -> loader.load((what, done, total) -> {
                            context.message(what);
                            context.progress(done, total);
                        }, context.cancellation()))
                .onSuccess(this::apply)
                .onFailure(error -> {
                    loading.set(false);
                    status.error("Cannot read the console store: " + Errors.message(error));
                })
                .onCancelled(() -> loading.set(false)));
        if (!pending.isRunning()) {
            pending = null;
        }
    }

    private void apply(ConsoleSnapshot next) {
        devices.setAll(next.devices());
        alerts.setAll(next.alerts());
        snapshot.set(next);
        loading.set(false);
        loaded.set(true);
        afterLoad.forEach(listener -> listener.accept(next));
        if (reloadAgain) {
            reloadAgain = false;
            pending = null;
            reload();
        }
    }

    /** Called on the FX thread after each load, once the lists hold the new data. */
    public void onLoaded(Consumer<ConsoleSnapshot> listener) {
        afterLoad.add(listener);
    }

    public ObservableList<DeviceRow> devices() {
        return devices;
    }

    public ObservableList<AlertRow> alerts() {
        return alerts;
    }

    public ConsoleSnapshot snapshot() {
        return snapshot.get();
    }

    public ReadOnlyObjectProperty<ConsoleSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once the first load has finished. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public StatusLine status() {
        return status;
    }
}
