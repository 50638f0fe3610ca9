package io.plantwatch.ui.inventory;

import io.plantwatch.console.inventory.AuditEntry;
import io.plantwatch.console.inventory.DeviceEdit;
import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.console.inventory.InventoryService;
import io.plantwatch.console.merge.MergedConnection;
import io.plantwatch.console.merge.ProtocolUse;
import io.plantwatch.ui.data.AlertRow;
import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.ConsoleSnapshot;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.data.Errors;
import io.plantwatch.ui.task.BackgroundTask;
import io.plantwatch.ui.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The detail pane of the selected device: properties with provenance and conflicts, what each
 * sensor reports, connections, alerts and CVEs, and the edit form with the device's audited
 * history. The table's rows carry no provenance (reading it for 100k devices was most of a
 * launch); it is read for the selected device in the background. FX-thread confined.
 */
public final class DeviceDetailViewModel {
    private final ConsoleData data;
    private final TaskExecutor tasks;
    private final InventoryService inventory;
    private final ReadOnlyObjectWrapper<DeviceRow> device = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ObservableList<PropertyRow> properties = FXCollections.observableArrayList();
    private final ObservableList<DeviceView.ProvenanceView> provenance = FXCollections.observableArrayList();
    private final ObservableList<ConnectionRow> connections = FXCollections.observableArrayList();
    private final ObservableList<AlertRow> alerts = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DeviceView> full = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper cves = new ReadOnlyStringWrapper("");
    private final StringProperty editName = new SimpleStringProperty("");
    private final StringProperty editType = new SimpleStringProperty("");
    private final ObjectProperty<Integer> editPurdueLevel = new SimpleObjectProperty<>();
    private final BooleanProperty editAuthorized = new SimpleBooleanProperty();
    private final StringProperty editNotes = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();

    DeviceDetailViewModel(ConsoleData data, TaskExecutor tasks, InventoryService inventory) {
        this.data = data;
        this.tasks = tasks;
        this.inventory = inventory;
    }

    /** Shows a device (null: none); its provenance and history are read in the background. */
    public void show(DeviceRow row) {
        device.set(row);
        if (row == null) {
            title.set("");
            subtitle.set("");
            properties.clear();
            provenance.clear();
            connections.clear();
            alerts.clear();
            history.clear();
            full.set(null);
            cves.set("");
            return;
        }
        DeviceView view = row.device();
        title.set(row.displayName());
        subtitle.set(String.join(" · ", nonBlank(view.type(), view.vendor(), view.site() + " / " + view.zone())));
        properties.setAll(DevicePropertiesBuilder.rows(view));
        provenance.clear();
        history.clear();
        full.set(null);
        readFull(row);
        connections.setAll(connectionRows(row, data.snapshot()));
        alerts.setAll(alertsOf(view));
        cves.set(row.cves() == null ? "No vulnerability data yet: CVEs appear once a TI package is installed."
                : row.cves() + " CVEs");
        editName.set(view.name() == null ? "" : view.name());
        editType.set(view.type() == null ? "" : view.type());
        editPurdueLevel.set(view.purdueLevel());
        editAuthorized.set(Boolean.TRUE.equals(view.authorized()));
        editNotes.set(view.notes() == null ? "" : view.notes());
    }

    /** The device with its provenance, and its history; shown if it is still the selected one. */
    private void readFull(DeviceRow row) {
        tasks.execute(BackgroundTask.of("Reading " + row.displayName(),
                        context -> new Detail(inventory.device(row.id()).orElse(null), inventory.history(row.id())))
                .onSuccess(detail -> {
                    if (device.get() != row || detail.device() == null) {
                        return;
                    }
                    full.set(detail.device());
                    properties.setAll(DevicePropertiesBuilder.rows(detail.device()));
                    provenance.setAll(detail.device().provenance());
                    history.setAll(detail.history());
                })
                .onFailure(error -> data.status().error("Cannot read " + row.displayName() + ": "
                        + Errors.message(error))));
    }

    private record Detail(DeviceView device, List<AuditEntry> history) {
    }

    private static List<String> nonBlank(String... values) {
        List<String> parts = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank() && !value.equals("null / null")) {
                parts.add(value);
            }
        }
        return parts;
    }

    private static List<ConnectionRow> connectionRows(DeviceRow row, ConsoleSnapshot snapshot) {
        List<ConnectionRow> rows = new ArrayList<>();
        for (MergedConnection connection : snapshot.connectionsOf(row.id())) {
            long peerId = connection.deviceA() == row.id() ? connection.deviceB() : connection.deviceA();
            DeviceRow peer = snapshot.devicesById().get(peerId);
            List<String> protocols = new ArrayList<>();
            for (ProtocolUse use : connection.protocols()) {
                protocols.add(use.commands().isEmpty() ? use.name()
                        : use.name() + " (" + String.join(", ", use.commands()) + ")");
            }
            rows.add(new ConnectionRow(peer == null ? "device " + peerId : peer.displayName(),
                    peer == null ? "" : peer.ips(),
                    String.join(", ", connection.ports().stream().map(String::valueOf).toList()),
                    String.join("; ", protocols), connection.lastSeen()));
        }
        return rows;
    }

    private List<AlertRow> alertsOf(DeviceView view) {
        Set<String> addresses = new HashSet<>(view.ips());
        addresses.addAll(view.macs());
        List<AlertRow> matching = new ArrayList<>();
        for (AlertRow alert : data.alerts()) {
            boolean sameZone = java.util.Objects.equals(alert.zone(), view.zone())
                    && java.util.Objects.equals(alert.site(), view.site());
            if (sameZone && (addresses.contains(alert.source()) || addresses.contains(alert.destination()))) {
                matching.add(alert);
            }
        }
        return matching;
    }

    /** Saves the edit form in the background; the inventory reloads when it is stored. */
    public void save() {
        DeviceRow row = device.get();
        if (row == null || !canSave().get()) {
            return;
        }
        DeviceEdit edit = new DeviceEdit(blankToNull(editName.get()), blankToNull(editType.get()),
                editPurdueLevel.get(), editAuthorized.get(), blankToNull(editNotes.get()));
        saving.set(true);
        tasks.execute(BackgroundTask.of("Saving " + row.displayName(), context -> {
                    return inventory.edit(row.id(), edit);
                })
                .onSuccess(saved -> {
                    saving.set(false);
                    data.status().success("Saved " + row.displayName());
                    data.reload();
                })
                .onFailure(error -> {
                    saving.set(false);
                    data.status().error("Cannot save " + row.displayName() + ": " + Errors.message(error));
                }));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether saving is possible: a device is shown and no save runs. */
    public BooleanBinding canSave() {
        return Bindings.createBooleanBinding(() -> device.get() != null && !saving.get(), device, saving);
    }

    /** The device's audited changes, oldest first (read with its provenance). */
    public ObservableList<AuditEntry> history() {
        return history;
    }

    /** The selected device with its provenance once read, else null. */
    public ReadOnlyObjectProperty<DeviceView> fullDeviceProperty() {
        return full.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeviceRow> deviceProperty() {
        return device.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ObservableList<PropertyRow> properties() {
        return properties;
    }

    public ObservableList<DeviceView.ProvenanceView> provenance() {
        return provenance;
    }

    public ObservableList<ConnectionRow> connections() {
        return connections;
    }

    public ObservableList<AlertRow> alerts() {
        return alerts;
    }

    public ReadOnlyStringProperty cvesProperty() {
        return cves.getReadOnlyProperty();
    }

    public StringProperty editNameProperty() {
        return editName;
    }

    public StringProperty editTypeProperty() {
        return editType;
    }

    public ObjectProperty<Integer> editPurdueLevelProperty() {
        return editPurdueLevel;
    }

    public BooleanProperty editAuthorizedProperty() {
        return editAuthorized;
    }

    public StringProperty editNotesProperty() {
        return editNotes;
    }
}
