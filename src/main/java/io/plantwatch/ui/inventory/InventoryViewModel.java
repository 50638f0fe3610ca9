package io.plantwatch.ui.inventory;

import io.plantwatch.console.inventory.InventoryService;
import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.data.Errors;
import io.plantwatch.ui.support.Formats;
import io.plantwatch.ui.task.BackgroundTask;
import io.plantwatch.ui.task.TaskExecutor;
import io.plantwatch.ui.task.TaskHandle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The device inventory's view model: the shared device list through a search box and per-column
 * filters ({@code ObservableList → FilteredList → SortedList}), the selection and its detail, and
 * CSV export of the rows shown. Knows no control; FX-thread confined.
 */
public final class InventoryViewModel {
    /** The columns that have a per-column filter, in the order the filter bar shows them. */
    public static final List<DeviceColumn> FILTERED_COLUMNS = List.of(DeviceColumn.TYPE, DeviceColumn.VENDOR,
            DeviceColumn.PURDUE, DeviceColumn.ZONE, DeviceColumn.SENSORS, DeviceColumn.PROTOCOLS);

    private final ConsoleData data;
    private final TaskExecutor tasks;
    private final FilteredList<DeviceRow> filtered;
    private final SortedList<DeviceRow> sorted;
    private final StringProperty search = new SimpleStringProperty("");
    private final Map<DeviceColumn, ColumnFilter> filters = new EnumMap<>(DeviceColumn.class);
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<DeviceRow> selected = new SimpleObjectProperty<>();
    private final DeviceDetailViewModel detail;
    private final InventoryService inventory;
    private Long selectedId;

    public InventoryViewModel(ConsoleData data, TaskExecutor tasks, InventoryService inventory) {
        this.data = data;
        this.tasks = tasks;
        this.filtered = new FilteredList<>(data.devices());
        this.sorted = new SortedList<>(filtered);
        FILTERED_COLUMNS.forEach(column -> filters.put(column, new ColumnFilter(column)));
        this.inventory = inventory;
        this.detail = new DeviceDetailViewModel(data, tasks, inventory);
        search.addListener((observable, old, value) -> refilter());
        filters.values().forEach(filter -> filter.chosen()
                .addListener((ListChangeListener<String>) change -> refilter()));
        filtered.addListener((ListChangeListener<DeviceRow>) change -> shown.set(filtered.size()));
        data.devices().addListener((ListChangeListener<DeviceRow>) change -> {
            total.set(data.devices().size());
            shown.set(filtered.size());
        });
        data.onLoaded(this::offerChoices);
        data.onLoaded(snapshot -> reselect());
        selected.addListener((observable, old, row) -> {
            remember(row);
            detail.show(row);
        });
        total.set(data.devices().size());
        shown.set(filtered.size());
        filters.values().forEach(filter -> filter.offer(data.devices()));
    }

    /**
     * Works out each filter's values from the loaded snapshot in the background (a pass over every
     * device per filter, too slow for the FX thread with 100k devices), then offers them.
     */
    private void offerChoices(io.plantwatch.ui.data.ConsoleSnapshot snapshot) {
        List<DeviceRow> rows = snapshot.devices();
        tasks.execute(BackgroundTask.of("Preparing the filters", context -> {
                    Map<DeviceColumn, java.util.TreeSet<String>> values = new EnumMap<>(DeviceColumn.class);
                    filters.keySet().forEach(column -> values.put(column, filters.get(column).valuesIn(rows)));
                    return values;
                })
                .onSuccess(values -> values.forEach((column, found) -> filters.get(column).offer(found))));
    }

    private void refilter() {
        Predicate<DeviceRow> predicate = predicate();
        filtered.setPredicate(predicate);
        shown.set(filtered.size());
    }

    /** The search box's terms (all must occur) and every active column filter. */
    Predicate<DeviceRow> predicate() {
        String query = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        String[] terms = query.isEmpty() ? new String[0] : query.split("\\s+");
        List<ColumnFilter> active = new ArrayList<>();
        filters.values().stream().filter(ColumnFilter::isActive).forEach(active::add);
        if (terms.length == 0 && active.isEmpty()) {
            return null;
        }
        return row -> {
            for (String term : terms) {
                if (!row.searchText().contains(term)) {
                    return false;
                }
            }
            for (ColumnFilter filter : active) {
                if (!filter.matches(row)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** After a reload, the same device (by id) stays selected. */
    private void reselect() {
        if (selectedId != null) {
            selected.set(data.snapshot().devicesById().get(selectedId));
        }
    }

    /**
     * Remembers which device is selected. A table drops its selection when its rows are replaced
     * by a reload; that null is not the user's choice, so the id survives it and {@link #reselect}
     * selects the device again in the new rows.
     */
    private void remember(DeviceRow row) {
        if (row != null) {
            selectedId = row.id();
        } else if (!data.loadingProperty().get()) {
            selectedId = null;
        }
    }

    /** Shows only the rows whose {@code column} has {@code value} (a dashboard slice was clicked). */
    public void showOnly(DeviceColumn column, String value) {
        clearFilters();
        ColumnFilter filter = filters.get(column);
        if (filter == null) {
            throw new IllegalArgumentException(column + " has no filter");
        }
        if (!filter.choices().contains(value)) {
            filter.choices().add(value);
        }
        filter.choose(List.of(value));
    }

    public void clearFilters() {
        search.set("");
        filters.values().forEach(filter -> filter.choose(List.of()));
    }

    /**
     * Writes the rows shown, in the order shown, with the given (visible) columns, in the
     * background; reports in the status line.
     */
    public TaskHandle exportCsv(Path file, List<DeviceColumn> columns) {
        List<DeviceRow> rows = new ArrayList<>(sorted);
        List<DeviceColumn> chosenColumns = List.copyOf(columns);
        return tasks.execute(BackgroundTask.of("Exporting " + Formats.count(rows.size(), "device", "devices"),
                        context -> new CsvExport().write(file, chosenColumns, rows, context))
                .onSuccess(count -> data.status().success("Exported " + Formats.count(count, "device", "devices")
                        + " to " + file))
                .onFailure(error -> data.status().error("Export failed: " + Errors.message(error))));
    }

    public SortedList<DeviceRow> rows() {
        return sorted;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ColumnFilter filter(DeviceColumn column) {
        return filters.get(column);
    }

    public List<ColumnFilter> filters() {
        return FILTERED_COLUMNS.stream().map(filters::get).toList();
    }

    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ObjectProperty<DeviceRow> selectedProperty() {
        return selected;
    }

    /** Another detail pane's model over the same data (the map shows its selected device in one). */
    public DeviceDetailViewModel newDetail() {
        return new DeviceDetailViewModel(data, tasks, inventory);
    }

    public DeviceDetailViewModel detail() {
        return detail;
    }

    /** The default columns, in table order. */
    public static List<DeviceColumn> defaultColumns() {
        return Arrays.stream(DeviceColumn.values()).filter(DeviceColumn::shownByDefault).toList();
    }
}
