package io.plantwatch.ui.support;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Asks where to write an export. Production shows a file chooser; tests give a path. */
@FunctionalInterface
public interface ExportTarget {
    Optional<Path> choose(Window owner, String suggestedName);

    /**
     * The platform's save dialog, titled and filtered by the suggested name's extension (the
     * inventory exports CSV, the map PNG and GraphML).
     */
    static ExportTarget fileChooser() {
        return (owner, suggestedName) -> {
            String extension = extensionOf(suggestedName);
            FileChooser chooser = new FileChooser();
            chooser.setTitle(extension.isEmpty() ? "Export" : "Export as " + extension.toUpperCase(Locale.ROOT));
            chooser.setInitialFileName(suggestedName);
            if (!extension.isEmpty()) {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        extension.toUpperCase(Locale.ROOT) + " files", "*." + extension));
            }
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }

    /** "csv" for "plantwatch-devices.csv"; empty when the name has none. */
    static String extensionOf(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
