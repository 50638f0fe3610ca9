package io.plantwatch.ui.inventory;

import io.plantwatch.console.inventory.AuditEntry;
import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.ui.data.AlertRow;
import io.plantwatch.ui.data.Severity;
import io.plantwatch.ui.support.Cells;
import io.plantwatch.ui.support.Formats;
import io.plantwatch.ui.support.Views;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/**
 * A device's detail pane ({@code fxml/DeviceDetail.fxml}): properties with provenance, what each
 * sensor reports, connections, alerts, CVEs, and the edit form with its history, bound to a
 * {@link DeviceDetailViewModel}. The inventory and the map each show one. FX-thread confined.
 */
public final class DeviceDetailPane {
    private final Label detailPlaceholder = new Label(
            "Select a device to see what each sensor reports about it, its connections and alerts.");
    @FXML
    private VBox detailPane;
    @FXML
    private Label detailTitle;
    @FXML
    private Label detailSubtitle;
    @FXML
    private ListView<PropertyRow> propertiesList;
    @FXML
    private TableView<DeviceView.ProvenanceView> provenanceTable;
    @FXML
    private Tab connectionsTab;
    @FXML
    private TableView<ConnectionRow> connectionsTable;
    @FXML
    private Tab alertsTab;
    @FXML
    private TableView<AlertRow> deviceAlertsTable;
    @FXML
    private Label cvesLabel;
    @FXML
    private Tab editTab;
    @FXML
    private ListView<AuditEntry> historyList;
    @FXML
    private TextField editName;
    @FXML
    private ComboBox<String> editType;
    @FXML
    private ComboBox<Integer> editPurdue;
    @FXML
    private CheckBox editAuthorized;
    @FXML
    private TextArea editNotes;
    @FXML
    private Button saveButton;
    @FXML
    private Label editHint;

    private final DeviceDetailViewModel viewModel;
    private final StackPane root = new StackPane(detailPlaceholder);
    private boolean built;

    public DeviceDetailPane(DeviceDetailViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("device-detail");
        detailPlaceholder.getStyleClass().add("placeholder");
        detailPlaceholder.setId("device-detail-placeholder");
        detailPlaceholder.setWrapText(true);
        detailPlaceholder.visibleProperty().bind(viewModel.deviceProperty().isNull());
        // The details (tabs, three tables, the edit form) are made when a device is first selected:
        // made and styled at launch they took part of the inventory's first frame, hidden.
        if (viewModel.deviceProperty().get() != null) {
            buildDetails();
        } else {
            viewModel.deviceProperty().addListener((observable, old, device) -> {
                if (device != null) {
                    buildDetails();
                }
            });
        }
    }

    private void buildDetails() {
        if (!built) {
            built = true;
            root.getChildren().add(Views.load("DeviceDetail.fxml", this));
        }
    }

    @FXML
    private void initialize() {
        bindDetail();
        bindEditForm();
    }

    private void bindDetail() {
        DeviceDetailViewModel detail = viewModel;
        detailPane.visibleProperty().bind(detail.deviceProperty().isNotNull());
        detailTitle.textProperty().bind(detail.titleProperty());
        detailSubtitle.textProperty().bind(detail.subtitleProperty());
        detailTitle.setId("device-detail-title");

        propertiesList.setItems(detail.properties());
        propertiesList.setCellFactory(ignored -> new PropertyCell());
        provenanceTable.getColumns().setAll(List.of(
                Cells.column("Sensor", DeviceView.ProvenanceView::sensor, 110),
                Cells.column("Its id", p -> p.sensorDeviceId(), 60),
                Cells.column("IPs", p -> String.join(", ", p.ips()), 110),
                Cells.column("MACs", p -> String.join(", ", p.macs()), 130),
                Cells.column("Vendor", DeviceView.ProvenanceView::vendor, 110),
                Cells.column("Firmware", DeviceView.ProvenanceView::firmware, 80),
                Cells.column("Last seen", p -> Formats.time(p.lastSeen()), 140)));
        provenanceTable.setItems(detail.provenance());

        connectionsTable.getColumns().setAll(List.of(
                Cells.column("Peer", ConnectionRow::peer, 130),
                Cells.column("Address", ConnectionRow::peerAddress, 100),
                Cells.column("Ports", ConnectionRow::ports, 70),
                Cells.column("Protocols and commands", ConnectionRow::protocols, 200),
                Cells.column("Last seen", row -> Formats.time(row.lastSeen()), 140)));
        connectionsTable.setItems(detail.connections());
        connectionsTable.setPlaceholder(new Label("No connections recorded for this device."));
        connectionsTab.textProperty().bind(Bindings.size(detail.connections()).asString("Links (%d)"));

        TableColumn<AlertRow, Severity> severity = Cells.column("Severity", AlertRow::severity, 100);
        severity.setCellFactory(ignored -> Cells.severityCell());
        deviceAlertsTable.getColumns().setAll(List.of(severity,
                Cells.column("Title", AlertRow::title, 220),
                Cells.column("Time", row -> Formats.time(row.time()), 140),
                Cells.column("Status", AlertRow::status, 80)));
        deviceAlertsTable.setItems(detail.alerts());
        deviceAlertsTable.setPlaceholder(new Label("No alerts involve this device."));
        alertsTab.textProperty().bind(Bindings.size(detail.alerts()).asString("Alerts (%d)"));
        cvesLabel.textProperty().bind(detail.cvesProperty());
    }

    private void bindEditForm() {
        DeviceDetailViewModel detail = viewModel;
        editName.textProperty().bindBidirectional(detail.editNameProperty());
        editType.getItems().setAll("PLC", "HMI", "Engineering Station", "RTU", "IED", "Historian", "Server",
                "Workstation", "Switch", "Router", "Firewall", "Printer", "Camera", "IoT");
        editType.valueProperty().bindBidirectional(detail.editTypeProperty());
        editPurdue.setItems(FXCollections.observableArrayList(0, 1, 2, 3, 4, 5));
        editPurdue.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer level) {
                return level == null ? "" : "Level " + level;
            }

            @Override
            public Integer fromString(String text) {
                return text == null || text.isBlank() ? null : Integer.valueOf(text.replaceAll("\\D", ""));
            }
        });
        editPurdue.valueProperty().bindBidirectional(detail.editPurdueLevelProperty());
        editAuthorized.selectedProperty().bindBidirectional(detail.editAuthorizedProperty());
        editNotes.textProperty().bindBidirectional(detail.editNotesProperty());
        saveButton.disableProperty().bind(detail.canSave().not());
        saveButton.setOnAction(event -> detail.save());
        editHint.setText("Changes are saved in the console store and recorded in the audit log. "
                + "What each sensor reports stays on the Sensors tab.");
        historyList.setItems(detail.history());
        historyList.setPlaceholder(new Label("No changes recorded."));
        historyList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AuditEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : Formats.time(entry.at()) + "  " + entry.actor() + " set "
                        + entry.field().replace('_', ' ') + " from " + Formats.orNone(entry.oldValue()) + " to "
                        + Formats.orNone(entry.newValue()));
            }
        });
    }

    public Parent root() {
        return root;
    }
}
