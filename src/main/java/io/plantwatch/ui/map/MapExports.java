package io.plantwatch.ui.map;

import io.plantwatch.console.map.GraphMlExport;
import io.plantwatch.ui.support.ExportTarget;
import io.plantwatch.ui.task.BackgroundTask;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Exports the map: a PNG of what the canvas shows (the snapshot is taken on the FX thread, the
 * file written off it) and the drawn graph as GraphML. FX-thread confined.
 */
final class MapExports {
    private final MapViewModel model;
    private final MapCanvas canvas;
    private final ExportTarget target;

    MapExports(MapViewModel model, MapCanvas canvas, ExportTarget target) {
        this.model = model;
        this.canvas = canvas;
        this.target = target;
    }

    void exportPng() {
        Optional<Path> file = target.choose(canvas.getScene() == null ? null : canvas.getScene().getWindow(),
                "device-map.png");
        if (file.isEmpty()) {
            return;
        }
        WritableImage image = canvas.snapshotImage();
        model.execute("Exporting the map as PNG", () -> {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.get().toFile());
            return file.get();
        });
    }

    void exportGraphMl() {
        MapScene scene = model.scene();
        Optional<Path> file = target.choose(canvas.getScene() == null ? null : canvas.getScene().getWindow(),
                "device-map.graphml");
        if (scene == null || file.isEmpty()) {
            return;
        }
        // A copy: the user may drag a node while the file is written.
        MapScene copy = new MapScene(scene.graph(), scene.positions().copy(), scene.layout());
        model.execute("Exporting the map as GraphML", () -> {
            try (Writer out = Files.newBufferedWriter(file.get(), StandardCharsets.UTF_8)) {
                GraphMlExport.write(copy.graph(), copy.positions(), out);
            }
            return file.get();
        });
    }

    /** Blocking export work. */
    @FunctionalInterface
    interface Export {
        Path write() throws IOException;
    }
}
