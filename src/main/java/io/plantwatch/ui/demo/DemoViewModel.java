package io.plantwatch.ui.demo;

import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.ConsoleSnapshot;
import io.plantwatch.ui.data.Errors;
import io.plantwatch.ui.task.BackgroundTask;
import io.plantwatch.ui.task.TaskExecutor;
import io.plantwatch.ui.task.TaskHandle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Starting and removing the demo plant from the welcome view and the sensors screen: runs the
 * {@link DemoPlant} in the background, reports its steps, and reloads the console when done.
 * FX-thread confined.
 */
public final class DemoViewModel {
    private final DemoPlant demo;
    private final ConsoleData data;
    private final TaskExecutor tasks;
    private final Runnable afterStart;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper installed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);

    /** @param afterStart what to show once the demo runs (the dashboard) */
    public DemoViewModel(DemoPlant demo, ConsoleData data, TaskExecutor tasks, Runnable afterStart) {
        this.demo = demo;
        this.data = data;
        this.tasks = tasks;
        this.afterStart = afterStart;
        data.snapshotProperty().addListener((observable, old, snapshot) -> {
            installed.set(hasDemo(snapshot));
            running.set(demo.isRunning());
        });
        installed.set(hasDemo(data.snapshot()));
        running.set(demo.isRunning());
    }

    private static boolean hasDemo(ConsoleSnapshot snapshot) {
        return snapshot.sensors().stream().anyMatch(sensor -> DemoPlant.SITE.equals(sensor.siteName()));
    }

    public TaskHandle start() {
        if (busy.get()) {
            return null;
        }
        busy.set(true);
        message.set("Starting the demo plant…");
        TaskHandle handle = tasks.execute(BackgroundTask.of("Starting the demo plant", context -> {
                    // Each committed sync shows more of the plant: the screens fill while the sensors replay.
                    demo.start(context, () -> tasks.onUiThread(data::reload));
                    return Boolean.TRUE;
                })
                .onSuccess(done -> {
                    busy.set(false);
                    message.set("");
                    data.status().success("The demo plant runs: three sensors in " + DemoPlant.SITE);
                    data.reload();
                    afterStart.run();
                })
                .onFailure(error -> {
                    busy.set(false);
                    message.set("The demo could not start: " + Errors.message(error));
                    data.status().error(message.get());
                })
                .onCancelled(() -> {
                    busy.set(false);
                    message.set("");
                }));
        progress.unbind();
        progress.bind(handle.progressProperty());
        handle.messageProperty().addListener((observable, old, text) -> {
            if (!text.isEmpty()) {
                message.set(text);
            }
        });
        return handle;
    }

    public TaskHandle stopAndRemove() {
        if (busy.get()) {
            return null;
        }
        busy.set(true);
        return tasks.execute(BackgroundTask.of("Removing the demo plant", context -> {
                    demo.stopAndRemove(context);
                    return Boolean.TRUE;
                })
                .onSuccess(done -> {
                    busy.set(false);
                    data.status().success("The demo plant was removed");
                    data.reload();
                })
                .onFailure(error -> {
                    busy.set(false);
                    data.status().error("Cannot remove the demo plant: " + Errors.message(error));
                }));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty installedProperty() {
        return installed.getReadOnlyProperty();
    }

    /** The demo's sensors run in this console (false for a demo left registered by an earlier run). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }
}
