package io.plantwatch.ui.support;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Asks where to write an export. Production shows a file chooser; tests give a path. */
@FunctionalInterface
public interface ExportTarget {
    Optional<Path> choose(Window owner, String suggestedName);

    /** The platform's save dialog, CSV files. */
    static ExportTarget fileChooser() {
        return (owner, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export devices as CSV");
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
