package io.plantwatch.ui;

import javafx.application.Application;

import java.nio.file.Path;

/**
 * Starts the desktop console from a plain main class (the shaded jar's entry point must not
 * extend {@code Application}). Blocks until the window closes.
 */
public final class ConsoleLauncher {
    private ConsoleLauncher() {
    }

    public static void launch(Path dataDirectory) {
        Application.launch(ConsoleApplication.class, "--data=" + dataDirectory.toAbsolutePath());
    }

    /** For IDEs: {@code ConsoleLauncher [DIR]}. */
    public static void main(String[] args) {
        launch(args.length > 0 ? Path.of(args[0]) : io.plantwatch.console.ConsoleServices.defaultDataDirectory());
    }
}
