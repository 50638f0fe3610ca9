package io.plantwatch.ui.alerts;

import io.plantwatch.console.alerts.AlertView;
import io.plantwatch.ui.data.AlertRow;
import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.support.Formats;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * The selected alert's detail: what happened, the devices involved (found in the inventory by
 * address within the alert's zone), the evidence each raising sensor holds and the ATT&CK for ICS
 * techniques. FX-thread confined.
 */
public final class AlertDetailViewModel {
    /** A device involved in the alert, or only its address when the inventory does not know it. */
    public record InvolvedDevice(String role, String address, DeviceRow device) {
        public String label() {
            return device == null ? address : device.displayName() + " (" + address + ")";
        }
    }

    private final ConsoleData data;
    private final ReadOnlyObjectWrapper<AlertRow> alert = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<InvolvedDevice> devices = FXCollections.observableArrayList();
    private final ObservableList<AlertView.SourceView> evidence = FXCollections.observableArrayList();
    private final ObservableList<String> techniques = FXCollections.observableArrayList();

    AlertDetailViewModel(ConsoleData data) {
        this.data = data;
    }

    /** "Seen once", or "Seen 12 times, last 2026-11-29 14:02:11". */
    static String seen(AlertView view) {
        if (view.occurrences() <= 1) {
            return "Seen once";
        }
        String times = "Seen " + view.occurrences() + " times";
        return view.lastSeen() == null ? times : times + ", last " + Formats.time(view.lastSeen());
    }

    void show(AlertRow row) {
        alert.set(row);
        if (row == null) {
            heading.set("");
            facts.set("");
            message.set("");
            devices.clear();
            evidence.clear();
            techniques.clear();
            return;
        }
        AlertView view = row.alert();
        heading.set(Formats.orNone(view.title()));
        facts.set(String.join(" · ", row.severity().label(), Formats.orNone(view.engine()), Formats.time(view.time()),
                view.site() + " / " + view.zone(), row.status(), seen(view)));
        message.set(view.message() == null ? "" : view.message());
        devices.clear();
        if (view.source() != null) {
            devices.add(new InvolvedDevice("Source", view.source(), find(view, view.source())));
        }
        if (view.destination() != null) {
            devices.add(new InvolvedDevice("Destination", view.destination(), find(view, view.destination())));
        }
        evidence.setAll(view.sources());
        techniques.setAll(techniquesOf(view));
    }

    /** The ATT&CK for ICS techniques the raising sensors gave, with their names and tactics. */
    static List<String> techniquesOf(AlertView view) {
        return view.techniques().stream().map(id -> AttackTechniques.standard().of(id).label()).toList();
    }

    private DeviceRow find(AlertView view, String address) {
        for (DeviceRow row : data.devices()) {
            if (Objects.equals(row.zone(), view.zone()) && Objects.equals(row.site(), view.site())
                    && (row.device().ips().contains(address) || row.device().macs().contains(address))) {
                return row;
            }
        }
        return null;
    }

    public ReadOnlyObjectProperty<AlertRow> alertProperty() {
        return alert.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<InvolvedDevice> devices() {
        return devices;
    }

    public ObservableList<AlertView.SourceView> evidence() {
        return evidence;
    }

    public ObservableList<String> techniques() {
        return techniques;
    }
}
