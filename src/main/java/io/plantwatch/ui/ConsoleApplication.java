package io.plantwatch.ui;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.ui.data.Errors;
import io.plantwatch.console.demo.DemoOptions;
import io.plantwatch.console.demo.DemoPlant;
import io.plantwatch.ui.demo.SimulatedDemoPlant;
import io.plantwatch.ui.shell.ConsoleWindow;
import io.plantwatch.ui.shell.UiSettings;
import io.plantwatch.ui.support.ExportTarget;
import io.plantwatch.ui.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The desktop console as a JavaFX application. Opening the store and loading fonts happen in
 * {@link #init()} off the FX thread ({@link ConsoleOpening}); saving the layout and closing the
 * store happen after the window closed on a thread of their own, so the FX thread never waits for a disk.
 * Parameter {@code --data=DIR} names the data directory (default {@code ~/.plantwatch}); the
 * jar starts it through {@link ConsoleLauncher}, {@code mvn javafx:run} directly.
 */
public final class ConsoleApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApplication.class);

    private Path dataDirectory;
    private UiSettings settings;
    private ConsoleServices services;
    private RuntimeException openFailure;
    private FxTaskExecutor tasks;
    private ConsoleWindow window;
    private DemoPlant demo;

    @Override
    public void init() {
        String data = getParameters().getNamed().get("data");
        dataDirectory = data == null ? ConsoleServices.defaultDataDirectory() : Path.of(data);
        ConsoleOpening opened = ConsoleOpening.open(dataDirectory);
        settings = opened.settings();
        services = opened.services();
        openFailure = opened.failure();
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Cannot open the console store in " + dataDirectory + ":\n"
                    + Errors.message(openFailure) + "\n\nIs another console using it?");
            alert.setHeaderText("Plantwatch cannot start");
            alert.setTitle("Plantwatch");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        tasks = new FxTaskExecutor(4);
        demo = new DemoPlant(services, DemoOptions.STANDARD, Clock.systemUTC());
        window = new ConsoleWindow(stage, services, settings, tasks, new ConsoleWindow.Options(
                ExportTarget.fileChooser(), Clock.systemDefaultZone(), new SimulatedDemoPlant(demo)));
        window.show();
    }

    @Override
    public void stop() {
        if (window == null) {
            return;
        }
        window.rememberLayout();
        UiSettings toSave = settings.copy();
        tasks.close();
        Thread shutdown = new Thread(() -> {
            try {
                toSave.save();
            } catch (IOException e) {
                LOG.warn("cannot save the window layout: {}", e.getMessage());
            }
            // The demo's sensors run in this process: stop them (their stores close cleanly) first.
            demo.close();
            services.close();
        }, "console-shutdown");
        shutdown.setDaemon(false);
        shutdown.start();
    }
}
