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
 * launch's class loading run side by side. Used by {@link ConsoleApplication} and by
 * {@code bench console}, so that the benchmark opens the console the way the product does.
 * Call off the FX thread (it reads files).
 *
 * @param services the open store, or null when it could not be opened ({@code failure} says why)
 */
public record ConsoleOpening(UiSettings settings, ConsoleServices services, RuntimeException failure) {

    public static ConsoleOpening open(Path dataDirectory) {
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
