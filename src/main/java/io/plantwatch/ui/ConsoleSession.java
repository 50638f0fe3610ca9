package io.plantwatch.ui;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.demo.DemoOptions;
import io.plantwatch.console.demo.DemoPlant;
import io.plantwatch.ui.data.Errors;
import io.plantwatch.ui.demo.SimulatedDemoPlant;
import io.plantwatch.ui.shell.ConsoleWindow;
import io.plantwatch.ui.shell.UiSettings;
import io.plantwatch.ui.support.ExportTarget;
import io.plantwatch.ui.task.FxTaskExecutor;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One run of the desktop console on an opened store: shows its window (or says why the store
 * could not be opened) and, once it closed, saves the layout and closes the store on a thread of
 * its own, so the FX thread never waits for a disk. Shared by {@link ConsoleApplication}
 * ({@code mvn javafx:run}) and {@link ConsoleLauncher} (the jar). FX-thread confined.
 */
final class ConsoleSession {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSession.class);

    /** What a shown console runs, made together and stopped together. */
    private record Running(FxTaskExecutor tasks, ConsoleWindow window, DemoPlant demo) {
    }

    private final Path dataDirectory;
    private final ConsoleOpening opened;
    private Running running;

    ConsoleSession(Path dataDirectory, ConsoleOpening opened) {
        this.dataDirectory = dataDirectory;
        this.opened = opened;
    }

    /** Shows the console in {@code stage}; false when the store could not be opened (an error dialog said so). */
    boolean start(Stage stage) {
        if (opened.failure() != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Cannot open the console store in " + dataDirectory + ":\n"
                    + Errors.message(opened.failure()) + "\n\nIs another console using it?");
            alert.setHeaderText("Plantwatch cannot start");
            alert.setTitle("Plantwatch");
            alert.showAndWait();
            return false;
        }
        ConsoleServices services = opened.services();
        FxTaskExecutor tasks = new FxTaskExecutor(4);
        DemoPlant demo = new DemoPlant(services, DemoOptions.STANDARD, Clock.systemUTC());
        ConsoleWindow window = new ConsoleWindow(stage, services, opened.settings(), tasks, new ConsoleWindow.Options(
                ExportTarget.fileChooser(), Clock.systemDefaultZone(), new SimulatedDemoPlant(demo)));
        running = new Running(tasks, window, demo);
        window.show();
        return true;
    }

    /**
     * After the window closed: remembers the layout, then saves it and closes the store off the FX
     * thread. Returns that thread (null when nothing was shown), for a launcher about to call
     * {@code System.exit}, which would not wait for it.
     */
    Thread stop() {
        if (running == null) {
            return null;
        }
        Running stopping = running;
        running = null;
        stopping.window().rememberLayout();
        UiSettings toSave = opened.settings().copy();
        stopping.tasks().close();
        ConsoleServices services = opened.services();
        Thread shutdown = new Thread(() -> {
            try {
                toSave.save();
            } catch (IOException e) {
                LOG.warn("cannot save the window layout: {}", e.getMessage());
            }
            // The demo's sensors run in this process: stop them (their stores close cleanly) first.
            stopping.demo().close();
            services.close();
        }, "console-shutdown");
        shutdown.setDaemon(false);
        shutdown.start();
        return shutdown;
    }
}
