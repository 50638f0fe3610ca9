package io.plantwatch.ui.map;

import io.plantwatch.console.map.MapDevice;
import io.plantwatch.console.map.MapModel;

import java.util.List;
import java.util.TreeSet;

/** The values the map's filters offer, from the model. Immutable. */
record MapChoices(List<String> zones, List<String> protocols, List<String> types, List<String> levels) {
    static final MapChoices NONE = new MapChoices(List.of(), List.of(), List.of(), List.of());

    static MapChoices of(MapModel model) {
        TreeSet<String> zones = new TreeSet<>();
        TreeSet<String> protocols = new TreeSet<>();
        TreeSet<String> types = new TreeSet<>();
        TreeSet<String> levels = new TreeSet<>();
        for (MapDevice device : model.devices()) {
            if (device.zone() != null) {
                zones.add(device.zone());
            }
            protocols.addAll(device.protocols());
            if (device.type() != null) {
                types.add(device.type());
            }
            levels.add(MapFilter.levelText(device.purdueLevel()));
        }
        return new MapChoices(List.copyOf(zones), List.copyOf(protocols), List.copyOf(types), List.copyOf(levels));
    }
}
