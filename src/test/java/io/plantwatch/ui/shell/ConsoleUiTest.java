package io.plantwatch.ui.shell;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.ui.demo.DemoPlant;
import io.plantwatch.ui.support.BundledFonts;
import io.plantwatch.ui.support.ExportTarget;
import io.plantwatch.ui.task.FxTaskExecutor;
import io.plantwatch.ui.task.TaskContext;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Base of the screens' TestFX tests: a real console window (headless Monocle, see the pom's
 * Surefire argLine) over real console services, with the production task executor, so work
 * really runs in the background and the tests wait for its outcome on the FX thread.
 */
abstract class ConsoleUiTest {
    /** For tests that need no demo: starting it fails loudly. */
    static final DemoPlant NO_DEMO = new DemoPlant() {
        @Override
        public void start(TaskContext context, Runnable synced) {
            throw new IllegalStateException("no demo in this test");
        }

        @Override
        public void stopAndRemove(TaskContext context) {
        }

        @Override
        public boolean isInstalled() {
            return false;
        }

        @Override
        public boolean isRunning() {
            return false;
        }
    };

    protected final FxRobot robot = new FxRobot();
    protected ConsoleWindow window;
    private FxTaskExecutor tasks;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        BundledFonts.load();
    }

    protected void open(ConsoleServices services, Path settingsDirectory, DemoPlant demo, ExportTarget export)
            throws Exception {
        FxToolkit.setupStage(stage -> {
            tasks = new FxTaskExecutor(2);
            window = new ConsoleWindow(stage, services, UiSettings.load(settingsDirectory), tasks,
                    new ConsoleWindow.Options(export, Clock.systemUTC(), demo));
            window.show();
        });
        waitFor(() -> window.data().loadedProperty().get());
    }

    protected void open(ConsoleServices services, Path settingsDirectory) throws Exception {
        open(services, settingsDirectory, NO_DEMO, (owner, name) -> Optional.empty());
    }

    /** Waits (up to 30 s) until {@code condition}, evaluated on the FX thread, holds. */
    protected static void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition::get));
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static <T> T onFx(Callable<T> read) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return read.call();
        }
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            FxTaskExecutor closing = tasks;
            tasks = null;
            onFx(() -> {
                closing.close();
                return null;
            });
        }
    }
}
