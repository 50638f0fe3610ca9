package io.plantwatch.ui;

import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the desktop console from a plain main class (the shaded jar's entry point must not
 * extend {@code Application}) and blocks until its window closes. The store starts opening
 * before the JavaFX toolkit, and both start side by side: with {@code Application.launch} the
 * store could only open once the toolkit was up ({@code init()}), 0.1-0.4 s later to the first
 * frame in {@code bench console}.
 */
public final class ConsoleLauncher {
    private ConsoleLauncher() {
    }

    public static void launch(Path dataDirectory) {
        ConsoleOpening.Pending opening = ConsoleOpening.begin(dataDirectory);
        CountDownLatch toolkit = new CountDownLatch(1);
        // This launcher ends the toolkit itself, once the console has been stopped (see below).
        Platform.setImplicitExit(false);
        Platform.startup(toolkit::countDown);
        CountDownLatch closed = new CountDownLatch(1);
        Thread[] fxThread = new Thread[1];
        Thread[] shutdown = new Thread[1];
        Throwable[] failed = new Throwable[1];
        try {
            toolkit.await();
            // Fonts need the toolkit; this thread is not the FX thread, which stays free meanwhile.
            ConsoleOpening opened = opening.finish();
            Platform.runLater(() -> {
                fxThread[0] = Thread.currentThread();
                try {
                    ConsoleSession session = new ConsoleSession(dataDirectory, opened);
                    Stage stage = new Stage();
                    stage.setOnHidden(event -> {
                        shutdown[0] = session.stop();
                        // Not while the window is being hidden: the toolkit must end after that.
                        Platform.runLater(() -> exit(closed));
                    });
                    if (!session.start(stage)) {
                        exit(closed);
                    }
                } catch (RuntimeException | Error e) {
                    // JavaFX would only log it, and this thread would wait for a window that never
                    // comes: the caller reports it instead, as Application.launch did.
                    failed[0] = e;
                    exit(closed);
                }
            });
            closed.await();
            // As Application.launch did: return once the toolkit has ended.
            fxThread[0].join(5_000);
            // The jar's entry point calls System.exit next, which would cut the layout's save and the
            // store's close short.
            if (shutdown[0] != null) {
                shutdown[0].join(60_000);
            }
            if (failed[0] instanceof Error error) {
                throw error;
            } else if (failed[0] != null) {
                throw (RuntimeException) failed[0];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Platform.exit();
        }
    }

    private static void exit(CountDownLatch closed) {
        Platform.exit();
        closed.countDown();
    }

    /** For IDEs: {@code ConsoleLauncher [DIR]}. */
    public static void main(String[] args) {
        launch(args.length > 0 ? Path.of(args[0]) : io.plantwatch.console.ConsoleServices.defaultDataDirectory());
    }
}
