package io.plantwatch.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * Puts the window where it was (bounds, maximized), if that place is still on a screen, and
 * records where it is. FX-thread confined.
 */
final class WindowLayout {
    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 900;

    private final Stage stage;
    private final UiSettings settings;

    WindowLayout(Stage stage, UiSettings settings) {
        this.stage = stage;
        this.settings = settings;
    }

    void restore() {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(settings.number("window.width", DEFAULT_WIDTH), screen.getWidth());
        double height = Math.min(settings.number("window.height", DEFAULT_HEIGHT), screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        double x = settings.number("window.x", Double.NaN);
        double y = settings.number("window.y", Double.NaN);
        boolean visible = !Double.isNaN(x) && !Double.isNaN(y) && !javafx.stage.Screen
                .getScreensForRectangle(x, y, Math.max(1, width / 4), Math.max(1, height / 4)).isEmpty();
        if (visible) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.flag("window.maximized", false));
    }

    void remember() {
        settings.putFlag("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.putNumber("window.x", stage.getX());
            settings.putNumber("window.y", stage.getY());
            settings.putNumber("window.width", stage.getWidth());
            settings.putNumber("window.height", stage.getHeight());
        }
    }
}
