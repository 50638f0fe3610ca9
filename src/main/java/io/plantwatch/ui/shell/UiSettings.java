package io.plantwatch.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What the console remembers between runs: window bounds, theme, the last screen, the
 * inventory's visible columns and the divider positions. Kept as a properties file beside the
 * store ({@code <data>/console-ui.properties}); read before the window opens and written after it
 * closed, off the FX thread. Not thread-safe: the FX thread owns it while the console runs.
 */
public final class UiSettings {
    public static final String FILE = "console-ui.properties";

    private final Path file;
    private final Properties values = new Properties();

    private UiSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings of a data directory; missing or unreadable settings give the defaults. */
    public static UiSettings load(Path dataDirectory) {
        UiSettings settings = new UiSettings(dataDirectory.resolve(FILE));
        if (Files.isRegularFile(settings.file)) {
            try (Reader reader = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                settings.values.clear();
            }
        }
        return settings;
    }

    /** Writes the settings (through a temporary file, so a crash never leaves half a file). */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            values.store(writer, "Plantwatch console layout");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A copy to save off the FX thread while the FX thread goes on changing this one. */
    public UiSettings copy() {
        UiSettings copy = new UiSettings(file);
        copy.values.putAll(values);
        return copy;
    }

    public double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void putNumber(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public boolean flag(String key, boolean fallback) {
        String value = values.getProperty(key);
        return value == null ? fallback : Boolean.parseBoolean(value);
    }

    public void putFlag(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    public String text(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public void putText(String key, String value) {
        values.setProperty(key, value);
    }

    /** A comma-separated list, or {@code fallback} when never saved. */
    public List<String> list(String key, List<String> fallback) {
        String value = values.getProperty(key);
        if (value == null) {
            return fallback;
        }
        return value.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(value.split(",")));
    }

    public void putList(String key, List<String> items) {
        values.setProperty(key, String.join(",", items));
    }
}
