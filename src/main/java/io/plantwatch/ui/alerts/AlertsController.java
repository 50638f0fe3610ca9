package io.plantwatch.ui.alerts;

import io.plantwatch.console.alerts.AlertView;
import io.plantwatch.model.ApiAlertAction;
import io.plantwatch.ui.action.ActionBinder;
import io.plantwatch.ui.action.ConsoleAction;
import io.plantwatch.ui.data.AlertRow;
import io.plantwatch.ui.data.Severity;
import io.plantwatch.ui.shell.ScreenView;
import io.plantwatch.ui.support.Cells;
import io.plantwatch.ui.support.CheckComboBoxes;
import io.plantwatch.ui.support.Formats;
import io.plantwatch.ui.support.Views;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The alerts view: binds filters, the alert table (several rows may be chosen for a bulk action)
 * and the detail pane to {@link AlertsViewModel}. FX-thread confined.
 */
public final class AlertsController implements ScreenView {
    @FXML
    private CustomTextField searchField;
    @FXML
    private FlowPane filterBar;
    @FXML
    private ComboBox<AlertStatusFilter> statusBox;
    @FXML
    private ComboBox<TimeWindow> timeBox;
    @FXML
    private Button clearFiltersButton;
    @FXML
    private SplitPane split;
    @FXML
    private TableView<AlertRow> table;
    @FXML
    private Label detailPlaceholder;
    @FXML
    private ScrollPane detailScroll;
    @FXML
    private HBox severityBox;
    @FXML
    private Label detailTitle;
    @FXML
    private Label detailFacts;
    @FXML
    private Button handleButton;
    @FXML
    private Button learnButton;
    @FXML
    private Button muteButton;
    @FXML
    private Label detailMessage;
    @FXML
    private VBox devicesBox;
    @FXML
    private FlowPane techniquesBox;
    @FXML
    private TableView<AlertView.SourceView> evidenceTable;

    private final AlertsViewModel viewModel;
    private final Consumer<String> showDevice;
    private final Parent root;

    /** @param showDevice opens the inventory searching for a device's address */
    public AlertsController(AlertsViewModel viewModel, Consumer<String> showDevice) {
        this.viewModel = viewModel;
        this.showDevice = showDevice;
        this.root = Views.load("Alerts.fxml", this);
    }

    @FXML
    private void initialize() {
        table.setId("alert-table");
        searchField.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        ObservableList<Severity> severityChoices = FXCollections.observableArrayList(
                Arrays.asList(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.WARNING));
        var severity = CheckComboBoxes.bind("Severity", severityChoices, viewModel.severities());
        severity.setId("filter-severity");
        var engine = CheckComboBoxes.bind("Engine", viewModel.engineChoices(), viewModel.engines());
        engine.setId("filter-engine");
        var zone = CheckComboBoxes.bind("Zone", viewModel.zoneChoices(), viewModel.zones());
        var sensor = CheckComboBoxes.bind("Sensor", viewModel.sensorChoices(), viewModel.sensors());
        filterBar.getChildren().addAll(0, List.of(severity, engine, zone, sensor));
        statusBox.getItems().setAll(AlertStatusFilter.values());
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        statusBox.setId("filter-status");
        timeBox.getItems().setAll(TimeWindow.values());
        timeBox.valueProperty().bindBidirectional(viewModel.windowProperty());
        ActionBinder.bind(clearFiltersButton, ConsoleAction.of("Clear filters", MaterialDesignF.FILTER_REMOVE_OUTLINE,
                viewModel::clearFilters), true);
        buildTable();
        bindDetail();
    }

    private void buildTable() {
        TableColumn<AlertRow, Severity> severity = Cells.column("Severity", AlertRow::severity, 110);
        severity.setCellFactory(ignored -> Cells.severityCell());
        severity.setComparator(Severity::compareTo);
        TableColumn<AlertRow, Long> time = Cells.column("Time", AlertRow::time, 150);
        time.setCellFactory(ignored -> Cells.textCell(Formats::time, null));
        TableColumn<AlertRow, Long> lastSeen = Cells.column("Last seen", AlertRow::lastSeen, 150);
        lastSeen.setCellFactory(ignored -> Cells.textCell(Formats::time, null));
        table.getColumns().setAll(List.of(severity, time,
                Cells.column("Title", AlertRow::title, 300),
                Cells.column("Seen", AlertRow::occurrences, 60), lastSeen,
                Cells.column("Engine", AlertRow::engine, 130),
                Cells.column("Source", AlertRow::source, 120),
                Cells.column("Destination", AlertRow::destination, 120),
                Cells.column("Zone", AlertsViewModel::zoneOf, 150),
                Cells.column("Sensors", row -> String.join(", ", row.sensors()), 130),
                Cells.column("Status", AlertRow::status, 90)));
        table.setItems(viewModel.rows());
        viewModel.rows().comparatorProperty().bind(Bindings.createObjectBinding(
                () -> table.getComparator() == null ? AlertsViewModel.DEFAULT_ORDER : table.getComparator(),
                table.comparatorProperty()));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, row) -> viewModel.selectedProperty().set(row));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<AlertRow>) change ->
                viewModel.chosen().setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        table.setPlaceholder(new Label("No alert matches the filters."));
    }

    private void bindDetail() {
        AlertDetailViewModel detail = viewModel.detail();
        detailScroll.visibleProperty().bind(detail.alertProperty().isNotNull());
        detailPlaceholder.visibleProperty().bind(detail.alertProperty().isNull());
        detailTitle.textProperty().bind(detail.headingProperty());
        detailFacts.textProperty().bind(detail.factsProperty());
        detailMessage.textProperty().bind(detail.messageProperty());
        detail.alertProperty().addListener((observable, old, row) -> severityBox.getChildren().setAll(
                row == null ? List.of() : List.of(Cells.badge(row.severity()))));
        ConsoleAction handle = ConsoleAction.of("Handle", MaterialDesignC.CHECK,
                () -> viewModel.handleChosen(ApiAlertAction.HANDLE)).enabledWhen(viewModel.canHandle());
        ConsoleAction learn = ConsoleAction.of("Handle and learn", MaterialDesignS.SCHOOL_OUTLINE,
                () -> viewModel.handleChosen(ApiAlertAction.HANDLE_AND_LEARN)).enabledWhen(viewModel.canHandle());
        ConsoleAction mute = ConsoleAction.of("Mute", MaterialDesignB.BELL_OFF_OUTLINE,
                () -> viewModel.handleChosen(ApiAlertAction.MUTE)).enabledWhen(viewModel.canHandle());
        ActionBinder.bind(handleButton, handle, false);
        ActionBinder.bind(learnButton, learn, false);
        ActionBinder.bind(muteButton, mute, false);
        handleButton.setId("handle-alert");
        detail.devices().addListener((ListChangeListener<AlertDetailViewModel.InvolvedDevice>) change -> {
            devicesBox.getChildren().clear();
            for (AlertDetailViewModel.InvolvedDevice device : detail.devices()) {
                Label role = new Label(device.role());
                role.getStyleClass().add("muted");
                role.setMinWidth(80);
                if (device.device() != null) {
                    Hyperlink link = new Hyperlink(device.label());
                    link.setOnAction(event -> showDevice.accept(device.address()));
                    devicesBox.getChildren().add(new HBox(6, role, link));
                } else {
                    devicesBox.getChildren().add(new HBox(6, role, new Label(device.label() + " (not in inventory)")));
                }
            }
        });
        detail.techniques().addListener((ListChangeListener<String>) change -> techniquesBox.getChildren().setAll(
                detail.techniques().stream().map(this::chip).toList()));
        Label noTechniques = new Label("The sensors gave no ATT&CK technique for this alert.");
        noTechniques.getStyleClass().add("explain-text");
        techniquesBox.getChildren().setAll(noTechniques);
        detail.alertProperty().addListener((observable, old, row) -> {
            if (detail.techniques().isEmpty()) {
                techniquesBox.getChildren().setAll(noTechniques);
            }
        });
        evidenceTable.getColumns().setAll(List.of(
                Cells.column("Sensor", AlertView.SourceView::sensor, 110),
                Cells.column("Sensor's alert id", AlertView.SourceView::uuid, 150),
                Cells.column("Status on sensor", source -> Formats.orNone(source.status()), 110),
                Cells.column("Times seen", source -> source.occurrences() == null ? "—"
                        : Long.toString(source.occurrences()), 90),
                Cells.column("Console action", AlertsController::delivery, 200)));
        evidenceTable.setItems(detail.evidence());
        evidenceTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private Label chip(String technique) {
        Label chip = new Label(technique);
        chip.getStyleClass().add("technique-chip");
        return chip;
    }

    static String delivery(AlertView.SourceView source) {
        if (source.propagated() == null) {
            return "";
        }
        return source.propagated() ? "Delivered" : "Pending: " + Formats.orNone(source.propagationError());
    }

    public TableView<AlertRow> table() {
        return table;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public ObservableStringValue subtitle() {
        return Bindings.createStringBinding(() -> String.format("%,d shown · %,d open of %s",
                        viewModel.shownProperty().get(), viewModel.openProperty().get(),
                        Formats.count(viewModel.totalProperty().get(), "alert", "alerts")),
                viewModel.shownProperty(), viewModel.openProperty(), viewModel.totalProperty());
    }

    @Override
    public void focusSearch() {
        searchField.requestFocus();
    }
}
