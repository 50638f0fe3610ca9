package io.plantwatch.ui.inventory;

import io.plantwatch.ui.action.ActionBinder;
import io.plantwatch.ui.action.ConsoleAction;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.data.Severity;
import io.plantwatch.ui.shell.ScreenView;
import io.plantwatch.ui.shell.UiSettings;
import io.plantwatch.ui.support.Cells;
import io.plantwatch.ui.support.CheckComboBoxes;
import io.plantwatch.ui.support.ExportTarget;
import io.plantwatch.ui.support.Formats;
import io.plantwatch.ui.support.Icons;
import io.plantwatch.ui.support.Views;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The device inventory's view: binds the table, filters and column chooser to
 * {@link InventoryViewModel} and hosts its {@link DeviceDetailPane}. FX-thread confined.
 */
public final class InventoryController implements ScreenView {
    private static final String COLUMNS_KEY = "inventory.columns";
    private static final String DIVIDER_KEY = "inventory.divider";

    @FXML
    private CustomTextField searchField;
    @FXML
    private FlowPane filterBar;
    @FXML
    private Button clearFiltersButton;
    @FXML
    private MenuButton columnsButton;
    @FXML
    private Button exportButton;
    @FXML
    private SplitPane split;
    @FXML
    private TableView<DeviceRow> table;
    @FXML
    private StackPane detailHolder;

    private final InventoryViewModel viewModel;
    private final UiSettings settings;
    private final ExportTarget exportTarget;
    private final Map<DeviceColumn, TableColumn<DeviceRow, Object>> columns = new EnumMap<>(DeviceColumn.class);
    private final ConsoleAction exportAction;
    private final Parent root;

    public InventoryController(InventoryViewModel viewModel, UiSettings settings, ExportTarget exportTarget) {
        this.viewModel = viewModel;
        this.settings = settings;
        this.exportTarget = exportTarget;
        this.exportAction = ConsoleAction.of("Export CSV", MaterialDesignF.FILE_DELIMITED_OUTLINE, this::export)
                .withShortcut("Shortcut+E")
                .enabledWhen(Bindings.greaterThan(viewModel.shownProperty(), 0));
        this.root = Views.load("Inventory.fxml", this);
    }

    @FXML
    private void initialize() {
        table.setId("device-table");
        searchField.setId("device-search");
        searchField.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        for (ColumnFilter filter : viewModel.filters()) {
            var box = CheckComboBoxes.bind(filter.column().title(), filter.choices(), filter.chosen());
            box.setId("filter-" + filter.column().name().toLowerCase(java.util.Locale.ROOT));
            filterBar.getChildren().add(box);
        }
        ActionBinder.bind(clearFiltersButton, ConsoleAction.of("Clear filters", MaterialDesignF.FILTER_REMOVE_OUTLINE,
                viewModel::clearFilters), true);
        ActionBinder.bind(exportButton, exportAction, false);
        columnsButton.setGraphic(new FontIcon(MaterialDesignT.TABLE_COLUMN));
        buildColumns();
        table.setItems(viewModel.rows());
        viewModel.rows().comparatorProperty().bind(table.comparatorProperty());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((observable, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        table.setPlaceholder(new Label("No device matches the search and filters."));
        split.getDividers().get(0).setPosition(settings.number(DIVIDER_KEY, 0.6));
        split.getDividers().get(0).positionProperty().addListener(
                (observable, old, value) -> settings.putNumber(DIVIDER_KEY, value.doubleValue()));
        detailHolder.getChildren().add(new DeviceDetailPane(viewModel.detail()).root());
    }

    private void buildColumns() {
        List<String> visible = settings.list(COLUMNS_KEY,
                InventoryViewModel.defaultColumns().stream().map(Enum::name).toList());
        for (DeviceColumn column : DeviceColumn.values()) {
            TableColumn<DeviceRow, Object> tableColumn = Cells.column(column.title(), column::value, width(column));
            tableColumn.setId("column-" + column.name().toLowerCase(java.util.Locale.ROOT));
            tableColumn.setComparator(Cells.VALUE_ORDER);
            tableColumn.setCellFactory(ignored -> Cells.textCell(value -> textOf(column, value), graphic(column)));
            if (column == DeviceColumn.ALERTS || column == DeviceColumn.CVES) {
                tableColumn.getStyleClass().add("number-cell");
            }
            tableColumn.setVisible(visible.contains(column.name()));
            columns.put(column, tableColumn);
            table.getColumns().add(tableColumn);
            CheckMenuItem item = new CheckMenuItem(column.title());
            item.selectedProperty().bindBidirectional(tableColumn.visibleProperty());
            tableColumn.visibleProperty().addListener((observable, old, value) -> rememberColumns());
            columnsButton.getItems().add(item);
        }
    }

    private void rememberColumns() {
        List<String> visible = new ArrayList<>();
        columns.forEach((column, tableColumn) -> {
            if (tableColumn.isVisible()) {
                visible.add(column.name());
            }
        });
        settings.putList(COLUMNS_KEY, visible);
    }

    private static double width(DeviceColumn column) {
        switch (column) {
            case NAME:
                return 190;
            case IPS:
            case MACS:
            case FIRST_SEEN:
            case LAST_SEEN:
                return 140;
            case PURDUE:
            case ALERTS:
            case CVES:
            case AUTHORIZED:
                return 80;
            default:
                return 120;
        }
    }

    private static String textOf(DeviceColumn column, Object value) {
        if (value == null) {
            return "";
        }
        switch (column) {
            case FIRST_SEEN:
            case LAST_SEEN:
                return Formats.time((Long) value);
            case PURDUE:
                return "Level " + value;
            case AUTHORIZED:
                return Boolean.TRUE.equals(value) ? "Yes" : "No";
            case ALERTS:
                return ((Integer) value) == 0 ? "" : value.toString();
            default:
                return value.toString();
        }
    }

    private static java.util.function.Function<DeviceRow, javafx.scene.Node> graphic(DeviceColumn column) {
        if (column == DeviceColumn.NAME) {
            return row -> {
                FontIcon icon = Icons.icon(Icons.deviceType(row.type()), "device-type-icon");
                if (row.conflicts() > 0) {
                    FontIcon warning = Icons.icon(MaterialDesignA.ALERT_OUTLINE, "conflict-icon");
                    return new javafx.scene.layout.HBox(4, icon, warning);
                }
                return icon;
            };
        }
        if (column == DeviceColumn.ALERTS) {
            return row -> row.alerts() > 0 ? Icons.icon(Icons.severity(Severity.MAJOR), "severity-major") : null;
        }
        return null;
    }

    private void export() {
        List<DeviceColumn> shown = new ArrayList<>();
        for (TableColumn<DeviceRow, ?> tableColumn : table.getVisibleLeafColumns()) {
            columns.forEach((column, candidate) -> {
                if (candidate == tableColumn) {
                    shown.add(column);
                }
            });
        }
        Path target = exportTarget.choose(root.getScene().getWindow(), "plantwatch-devices.csv").orElse(null);
        if (target != null) {
            viewModel.exportCsv(target, shown);
        }
    }

    public ConsoleAction exportAction() {
        return exportAction;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public ObservableStringValue subtitle() {
        return Bindings.createStringBinding(() -> viewModel.shownProperty().get() == viewModel.totalProperty().get()
                        ? Formats.count(viewModel.totalProperty().get(), "device", "devices")
                        : String.format("%,d of %s", viewModel.shownProperty().get(),
                                Formats.count(viewModel.totalProperty().get(), "device", "devices")),
                viewModel.shownProperty(), viewModel.totalProperty());
    }

    @Override
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public TableView<DeviceRow> table() {
        return table;
    }
}
