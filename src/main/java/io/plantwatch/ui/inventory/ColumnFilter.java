package io.plantwatch.ui.inventory;

import io.plantwatch.ui.data.DeviceRow;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A per-column filter: the values the column has ({@link #choices()}) and those the user chose
 * ({@link #chosen()}); nothing chosen lets every row through. FX-thread confined.
 */
public final class ColumnFilter {
    private final DeviceColumn column;
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private Set<String> chosenSet = Set.of();

    public ColumnFilter(DeviceColumn column) {
        this.column = column;
        chosen.addListener((javafx.collections.ListChangeListener<String>) change -> chosenSet = new HashSet<>(chosen));
    }

    public DeviceColumn column() {
        return column;
    }

    public ObservableList<String> choices() {
        return choices;
    }

    public ObservableList<String> chosen() {
        return chosen;
    }

    public boolean isActive() {
        return !chosenSet.isEmpty();
    }

    public boolean matches(DeviceRow row) {
        if (chosenSet.isEmpty()) {
            return true;
        }
        for (String value : column.filterValues(row)) {
            if (chosenSet.contains(value)) {
                return true;
            }
        }
        return false;
    }

    /** The distinct values of this column in {@code rows}, sorted; may run off the FX thread. */
    TreeSet<String> valuesIn(Collection<DeviceRow> rows) {
        TreeSet<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (DeviceRow row : rows) {
            values.addAll(column.filterValues(row));
        }
        return values;
    }

    /** Offers the values found in {@code rows}; chosen values no longer present are kept (they match nothing). */
    void offer(Collection<DeviceRow> rows) {
        offer(valuesIn(rows));
    }

    /** Offers {@code found} (from {@link #valuesIn}) and the chosen values. */
    void offer(TreeSet<String> found) {
        TreeSet<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        values.addAll(found);
        values.addAll(chosen);
        if (!values.equals(new TreeSet<>(choices))) {
            choices.setAll(values);
        }
    }

    void choose(List<String> values) {
        chosen.setAll(values);
    }
}
