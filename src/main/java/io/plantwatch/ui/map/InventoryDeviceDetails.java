package io.plantwatch.ui.map;

import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.inventory.DeviceDetailPane;
import io.plantwatch.ui.inventory.DeviceDetailViewModel;
import javafx.scene.Node;

/**
 * The map's device details in the inventory's own detail pane: a pane and model of its own (the
 * map's selection does not move the inventory's), the device row from the same snapshot the map
 * is drawn from. FX-thread confined.
 */
final class InventoryDeviceDetails implements MapDeviceDetails {
    private final ConsoleData data;
    private final DeviceDetailViewModel detail;
    private final DeviceDetailPane pane;

    InventoryDeviceDetails(ConsoleData data, DeviceDetailViewModel detail) {
        this.data = data;
        this.detail = detail;
        this.pane = new DeviceDetailPane(detail);
    }

    @Override
    public Node view() {
        return pane.root();
    }

    @Override
    public boolean show(long deviceId) {
        DeviceRow row = deviceId < 0 ? null : data.snapshot().devicesById().get(deviceId);
        if (row != detail.deviceProperty().get()) {
            detail.show(row);
        }
        return row != null;
    }
}
