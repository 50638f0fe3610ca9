package io.plantwatch.ui.shell;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;

/** A screen's view as the shell hosts it. */
public interface ScreenView {
    Parent root();

    /** A line under the screen's title (e.g. "1,234 of 100,000 devices"). */
    ObservableStringValue subtitle();

    /** Called when the screen comes to the front (e.g. to focus its search box). */
    default void shown() {
    }

    /** Focuses the screen's search box, if it has one (Ctrl+F). */
    default void focusSearch() {
    }
}
