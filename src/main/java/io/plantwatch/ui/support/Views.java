package io.plantwatch.ui.support;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Loads the FXML views under {@code fxml/} (packaged at the jar's top level) with a controller
 * the caller made (constructor injection; the FXML names no controller class). Stateless.
 */
public final class Views {
    private Views() {
    }

    public static <P extends Parent> P load(String name, Object controller) {
        URL url = Views.class.getResource("/fxml/" + name);
        if (url == null) {
            throw new IllegalStateException("view fxml/" + name + " is not on the class path");
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + name, e);
        }
    }
}
