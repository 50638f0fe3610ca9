package io.plantwatch.ui;

import io.plantwatch.console.ConsoleServices;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;

/**
 * The desktop console as a JavaFX application, for {@code mvn javafx:run}: opening the store and
 * loading fonts happen in {@link #init()} off the FX thread ({@link ConsoleOpening}), the rest is a
 * {@link ConsoleSession}. Parameter {@code --data=DIR} names the data directory (default
 * {@code ~/.plantwatch}). The jar starts the console through {@link ConsoleLauncher} instead,
 * which opens the store while the toolkit starts.
 */
public final class ConsoleApplication extends Application {
    private Path dataDirectory;
    private ConsoleOpening opened;
    private ConsoleSession session;

    @Override
    public void init() {
        String data = getParameters().getNamed().get("data");
        dataDirectory = data == null ? ConsoleServices.defaultDataDirectory() : Path.of(data);
        opened = ConsoleOpening.open(dataDirectory);
    }

    @Override
    public void start(Stage stage) {
        session = new ConsoleSession(dataDirectory, opened);
        if (!session.start(stage)) {
            Platform.exit();
        }
    }

    @Override
    public void stop() {
        if (session != null) {
            session.stop();
        }
    }
}
