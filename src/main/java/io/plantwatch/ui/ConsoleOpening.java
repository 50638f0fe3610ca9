package io.plantwatch.ui;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.ui.alerts.AttackTechniques;
import io.plantwatch.ui.shell.UiSettings;
import io.plantwatch.ui.support.BundledFonts;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the console opens before its window: the bundled fonts, the ATT&CK names, the window
 * settings and the store. The store (H2; Flyway only when the schema is not current) opens on a
 * thread of its own while the calling thread loads the rest: on two cores the two halves of the
 * launch's class loading run side by side. Used by {@link ConsoleApplication}, {@link ConsoleLauncher}
 * and {@code bench console}, so that the benchmark opens the console the way the product does.
 * Call off the FX thread (it reads files).
 *
 * @param services the open store, or null when it could not be opened ({@code failure} says why)
 */
public record ConsoleOpening(UiSettings settings, ConsoleServices services, RuntimeException failure) {

    public static ConsoleOpening open(Path dataDirectory) {
        return begin(dataDirectory).finish();
    }

    /**
     * Starts opening the store on a thread of its own; needs no JavaFX, so a launcher can start it
     * before the toolkit and both start side by side. {@link Pending#finish()} does the rest.
     */
    public static Pending begin(Path dataDirectory) {
        CompletableFuture<ConsoleServices> store = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                store.complete(ConsoleServices.open(dataDirectory));
            } catch (RuntimeException | Error e) {
                store.completeExceptionally(e);
            }
        }, "console-store-open");
        opener.setDaemon(true);
        opener.start();
        return new Pending(dataDirectory, store);
    }

    /** A store being opened. Call {@link #finish()} once, off the FX thread. */
    public static final class Pending {
        private final Path dataDirectory;
        private final CompletableFuture<ConsoleServices> store;

        private Pending(Path dataDirectory, CompletableFuture<ConsoleServices> store) {
            this.dataDirectory = dataDirectory;
            this.store = store;
        }

        /** Loads fonts (the JavaFX toolkit must be started), names and settings; waits for the store. */
        public ConsoleOpening finish() {
            BundledFonts.load();
            // Read here, off the FX thread, so that showing an alert never reads the jar on the FX thread.
            AttackTechniques.standard();
            UiSettings settings = UiSettings.load(dataDirectory);
            try {
                return new ConsoleOpening(settings, store.join(), null);
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException) {
                    return new ConsoleOpening(settings, null, (RuntimeException) e.getCause());
                }
                throw e;
            }
        }
    }
}
