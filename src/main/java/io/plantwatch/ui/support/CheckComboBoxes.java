package io.plantwatch.ui.support;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.controlsfx.control.CheckComboBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a ControlsFX {@link CheckComboBox} and a view model's list of chosen values in step both
 * ways, and shows the filter's name with how many values are chosen ("Vendor (2)"). Stateless.
 */
public final class CheckComboBoxes {
    private CheckComboBoxes() {
    }

    public static <T> CheckComboBox<T> bind(String name, ObservableList<T> choices, ObservableList<T> chosen) {
        CheckComboBox<T> box = new CheckComboBox<>(choices);
        box.setTitle(name);
        box.titleProperty().bind(Bindings.createStringBinding(
                () -> chosen.isEmpty() ? name : name + " (" + chosen.size() + ")", chosen));
        box.setShowCheckedCount(false);
        // A fixed width keeps the filter bar on one line whatever the values are.
        box.setPrefWidth(150);
        box.setMaxWidth(150);
        boolean[] syncing = {false};
        Runnable toControl = () -> {
            syncing[0] = true;
            try {
                box.getCheckModel().clearChecks();
                for (T value : chosen) {
                    int index = choices.indexOf(value);
                    if (index >= 0) {
                        box.getCheckModel().check(index);
                    }
                }
            } finally {
                syncing[0] = false;
            }
        };
        chosen.addListener((ListChangeListener<T>) change -> {
            if (!syncing[0]) {
                toControl.run();
            }
        });
        choices.addListener((ListChangeListener<T>) change -> toControl.run());
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            if (syncing[0]) {
                return;
            }
            syncing[0] = true;
            try {
                List<T> checked = new ArrayList<>(box.getCheckModel().getCheckedItems());
                checked.removeIf(java.util.Objects::isNull);
                chosen.setAll(checked);
            } finally {
                syncing[0] = false;
            }
        });
        toControl.run();
        return box;
    }
}
