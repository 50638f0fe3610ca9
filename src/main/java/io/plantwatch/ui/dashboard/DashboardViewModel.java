package io.plantwatch.ui.dashboard;

import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.ConsoleSnapshot;
import io.plantwatch.ui.data.Severity;
import io.plantwatch.ui.inventory.DeviceColumn;
import io.plantwatch.ui.shell.Navigator;
import io.plantwatch.ui.support.Formats;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The dashboard's view model: the figures of the latest snapshot, and what a click on a slice
 * opens (the inventory or the alerts, filtered to that slice). FX-thread confined.
 */
public final class DashboardViewModel {
    /** The charts of the dashboard, each with what a click on one of its slices shows. */
    public enum Chart {
        DEVICES_BY_TYPE, DEVICES_BY_VENDOR, DEVICES_BY_PURDUE, ALERTS_BY_SEVERITY, ALERTS_BY_ENGINE, SENSOR_HEALTH,
        TI_VERSIONS
    }

    private final Navigator navigator;
    private final DashboardCounter counter = new DashboardCounter(7);
    private final ReadOnlyObjectWrapper<DashboardFigures> figures = new ReadOnlyObjectWrapper<>(DashboardFigures.EMPTY);

    public DashboardViewModel(ConsoleData data, Navigator navigator) {
        this.navigator = navigator;
        data.snapshotProperty().addListener((observable, old, snapshot) -> update(snapshot));
        update(data.snapshot());
    }

    private void update(ConsoleSnapshot snapshot) {
        figures.set(counter.count(snapshot));
    }

    /** A slice of {@code chart} labelled {@code label} was clicked. */
    public void drillDown(Chart chart, String label) {
        if (DashboardCounter.OTHER.equals(label)) {
            return;
        }
        switch (chart) {
            case DEVICES_BY_TYPE:
                navigator.showDevices(DeviceColumn.TYPE, label);
                break;
            case DEVICES_BY_VENDOR:
                navigator.showDevices(DeviceColumn.VENDOR, label);
                break;
            case DEVICES_BY_PURDUE:
                navigator.showDevices(DeviceColumn.PURDUE, label);
                break;
            case ALERTS_BY_SEVERITY:
                navigator.showAlerts(Severity.of(label), null);
                break;
            case ALERTS_BY_ENGINE:
                navigator.showAlerts(null, label);
                break;
            default:
                navigator.show(io.plantwatch.ui.shell.Screen.SENSORS);
        }
    }

    public String devicesText() {
        return Formats.count(figures.get().devices(), "device", "devices");
    }

    public DashboardFigures figures() {
        return figures.get();
    }

    public ReadOnlyObjectProperty<DashboardFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }
}
