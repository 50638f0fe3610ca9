package io.plantwatch.ui.shell;

import io.plantwatch.ui.data.Severity;
import io.plantwatch.ui.inventory.DeviceColumn;

/** Moves between screens, optionally narrowing the target (a dashboard slice was clicked). */
public interface Navigator {
    void show(Screen screen);

    /** Opens the inventory showing only devices whose {@code column} is {@code value}. */
    void showDevices(DeviceColumn column, String value);

    /** Opens the inventory with {@code query} in its search box (and no other filter). */
    void showDevicesMatching(String query);

    /** Opens the alerts showing only alerts of this severity (when not null) or engine (when not null). */
    void showAlerts(Severity severity, String engine);
}
