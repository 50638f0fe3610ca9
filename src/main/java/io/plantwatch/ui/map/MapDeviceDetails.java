package io.plantwatch.ui.map;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Where the map shows the details of its selected device: in the console, the inventory's detail
 * pane ({@link io.plantwatch.ui.inventory.DeviceDetailPane}) over the same data; in the benchmark
 * and the map's own tests, nothing. FX-thread confined.
 */
public interface MapDeviceDetails {
    /** Shows nothing (the map's facts stay alone). */
    MapDeviceDetails NONE = new MapDeviceDetails() {
        private final Region empty = new Region();

        @Override
        public Node view() {
            return empty;
        }

        @Override
        public boolean show(long deviceId) {
            return false;
        }
    };

    /** The pane, placed once below the map's facts. */
    Node view();

    /** Shows a merged device (-1: none); false when it is not known (the pane is then hidden). */
    boolean show(long deviceId);
}
