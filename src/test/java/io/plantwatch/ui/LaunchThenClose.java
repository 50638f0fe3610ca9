package io.plantwatch.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM's main for {@link ConsoleLauncherTest}: launches the console as the jar does and,
 * from another thread, closes its window as soon as it shows; says what happened on standard
 * output, then exits with {@code System.exit} as the jar does.
 */
public final class LaunchThenClose {
    private LaunchThenClose() {
    }

    public static void main(String[] args) {
        Thread closer = new Thread(LaunchThenClose::closeWhenShown, "closer");
        closer.setDaemon(true);
        closer.start();
        ConsoleLauncher.launch(Path.of(args[0]));
        System.out.println("launch returned");
        // As the jar's entry point does (io.plantwatch.launch.Main): exit at once, whatever threads run.
        System.exit(0);
    }

    private static void closeWhenShown() {
        try {
            while (true) {
                Thread.sleep(100);
                CompletableFuture<Boolean> closed = new CompletableFuture<>();
                try {
                    Platform.runLater(() -> {
                        for (Window window : Window.getWindows()) {
                            if (window instanceof Stage && "Plantwatch".equals(((Stage) window).getTitle())
                                    && window.isShowing()) {
                                System.out.println("window shown");
                                window.hide();
                                closed.complete(true);
                                return;
                            }
                        }
                        closed.complete(false);
                    });
                } catch (IllegalStateException toolkitNotStartedYet) {
                    continue;
                }
                if (closed.get(30, TimeUnit.SECONDS)) {
                    return;
                }
            }
        } catch (Exception e) {
            System.out.println("closer failed: " + e);
        }
    }
}
