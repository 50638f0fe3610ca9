package io.plantwatch.ui.map;

import io.plantwatch.console.map.MapModel;
import io.plantwatch.console.map.MapPins;
import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.ui.data.StatusLine;
import io.plantwatch.ui.shell.Theme;
import io.plantwatch.ui.support.ExportTarget;
import io.plantwatch.ui.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The map screen alone in a headless stage (Monocle, see the pom's Surefire argLine) over a real
 * console store for the pins and the production task executor, so layouts really run in the
 * background. Not thread-safe; one per test, closed after it.
 */
final class MapViewFixture implements AutoCloseable {
    private final Path data;
    private final ExportTarget exports;
    private ConsoleStore store;
    private FxTaskExecutor tasks;
    private MapController controller;
    private StatusLine status;

    MapViewFixture(Path data, ExportTarget exports) {
        this.data = data;
        this.exports = exports;
    }

    /** Opens the store and the screen, loads {@code plant} and waits for its first frame. */
    MapViewFixture open(MapModel plant) throws Exception {
        store = ConsoleStore.open(data);
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
            tasks = new FxTaskExecutor(2);
            status = new StatusLine();
            MapViewModel model = new MapViewModel(new MapPins(store, Clock.systemUTC()), tasks, status);
            controller = new MapController(model, exports, text -> { }, new SimpleBooleanProperty(false),
                    MapDeviceDetails.NONE);
            Scene scene = new Scene(controller.root(), 1200, 800);
            scene.getStylesheets().add(Objects.requireNonNull(
                    MapViewFixture.class.getResource("/styles/plantwatch.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
            model.load(() -> plant);
        });
        waitFor(() -> model().scene() != null && !model().busyProperty().get() && canvas().frames() > 0);
        return this;
    }

    MapViewModel model() {
        return controller.model();
    }

    MapCanvas canvas() {
        return controller.canvas();
    }

    StatusLine status() {
        return status;
    }

    /** Waits (up to 30 s) until {@code condition}, evaluated on the FX thread, holds. */
    static void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition::get));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(Callable<T> read) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return read.call();
        }
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits until no layout or pin is being written. */
    void settle() throws Exception {
        waitFor(() -> tasks.running().isEmpty() && !model().busyProperty().get());
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            onFx(() -> {
                tasks.close();
                return null;
            });
        }
        if (store != null) {
            store.close();
        }
    }
}
