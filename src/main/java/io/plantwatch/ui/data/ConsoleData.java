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
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The console's data as the screens share it: the latest {@link ConsoleSnapshot} and observable
 * lists of its devices, alerts and sensors (the sources of every table pipeline). Reloading runs
 * as a background task; the lists change on the FX thread when it is done, all at once, except
 * on the first load: then the device list fills zone by zone as the zones are read (100k devices
 * take seconds to read; the inventory shows and takes input from the first zone on), and
 * {@link #loadedProperty()} turns true when all of it is there. FX-thread confined.
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
        // The first load shows each zone's rows as they come; later ones replace the rows at once.
        Arrivals arrivals = new Arrivals(!loaded.get() && devices.isEmpty());
        pending = tasks.execute(BackgroundTask.of("Loading the inventory",
                        context -> loader.load((what, done, total) -> {
                            context.message(what);
                            context.progress(done, total);
                        }, context.cancellation(), rows -> {
                            CompletableFuture<Void> taken = new CompletableFuture<>();
                            if (arrivals.streaming) {
                                tasks.onUiThread(() -> {
                                    try {
                                        arrivals.add(rows);
                                    } finally {
                                        tasks.afterNextFrame(() -> taken.complete(null));
                                    }
                                });
                            } else {
                                taken.complete(null);
                            }
                            return taken;
                        }))
                .onSuccess(next -> apply(next, arrivals))
                .onFailure(error -> {
                    loading.set(false);
                    status.error("Cannot read the console store: " + Errors.message(error));
                })
                .onCancelled(() -> loading.set(false)));
        if (!pending.isRunning()) {
            pending = null;
        }
    }

    /** Rows a first load already put in {@link #devices}, in the snapshot's order. FX-thread confined. */
    private final class Arrivals {
        private final boolean streaming;
        private int added;

        Arrivals(boolean streaming) {
            this.streaming = streaming;
        }

        void add(List<DeviceRow> rows) {
            if (added == devices.size()) {
                devices.addAll(rows);
                added += rows.size();
            }
        }

        /** Whether {@link #devices} already holds exactly these rows. */
        boolean holdAll(List<DeviceRow> rows) {
            return streaming && added == rows.size() && added == devices.size();
        }
    }

    private void apply(ConsoleSnapshot next, Arrivals arrivals) {
        if (!arrivals.holdAll(next.devices())) {
            devices.setAll(next.devices());
        }
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
