package io.plantwatch.ui.map;

import io.plantwatch.console.map.MapPins;
import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.ConsoleSnapshot;
import io.plantwatch.ui.inventory.DeviceDetailViewModel;
import io.plantwatch.ui.support.ExportTarget;
import io.plantwatch.ui.task.TaskExecutor;
import javafx.beans.value.ObservableBooleanValue;

import java.util.function.Consumer;

/**
 * Makes the map screen for the console window: the view model follows the inventory snapshot
 * (each reload redraws the map from it, off the FX thread), and a selected device shows in the
 * inventory's detail pane, with {@code detail} as its model. Stateless.
 */
public final class MapScreen {
    private MapScreen() {
    }

    public static MapController create(ConsoleData data, MapPins pins, TaskExecutor tasks, ExportTarget exportTarget,
                                       Consumer<String> showInInventory, ObservableBooleanValue dark,
                                       java.time.Clock clock, DeviceDetailViewModel detail) {
        MapViewModel model = new MapViewModel(pins, tasks, data.status(), clock);
        MapController controller = new MapController(model, exportTarget, showInInventory, dark,
                new InventoryDeviceDetails(data, detail));
        data.snapshotProperty().addListener((observable, old, snapshot) -> load(model, snapshot, clock));
        load(model, data.snapshot(), clock);
        return controller;
    }

    private static void load(MapViewModel model, ConsoleSnapshot snapshot, java.time.Clock clock) {
        model.load(() -> SnapshotMapModel.of(snapshot, clock.millis()));
    }
}
