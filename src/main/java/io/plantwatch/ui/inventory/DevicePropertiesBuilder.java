package io.plantwatch.ui.inventory;

import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.ui.support.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds a device's property lines with provenance: for each fact, which sensors report the merged
 * value and, from the device's conflicts, what the others say. Stateless.
 */
final class DevicePropertiesBuilder {
    private record Field(String label, String conflictKey, Function<DeviceView, Object> merged,
                         Function<DeviceView.ProvenanceView, Object> reported) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("Name", "name", DeviceView::name, source -> null),
            new Field("Vendor", "vendor", DeviceView::vendor, DeviceView.ProvenanceView::vendor),
            new Field("Type", "type", DeviceView::type, DeviceView.ProvenanceView::type),
            new Field("Model", "model", DeviceView::model, source -> null),
            new Field("Firmware", "firmware", DeviceView::firmware, DeviceView.ProvenanceView::firmware),
            new Field("Operating system", "os", DeviceView::os, source -> null),
            new Field("Purdue level", "purdueLevel", DeviceView::purdueLevel, source -> null));

    private DevicePropertiesBuilder() {
    }

    static List<PropertyRow> rows(DeviceView device) {
        List<PropertyRow> rows = new ArrayList<>();
        rows.add(new PropertyRow("IP addresses", Formats.orNone(String.join(", ", device.ips())),
                sensorsReporting(device, source -> !source.ips().isEmpty()), null));
        rows.add(new PropertyRow("MAC addresses", Formats.orNone(String.join(", ", device.macs())),
                sensorsReporting(device, source -> !source.macs().isEmpty()), null));
        for (Field field : FIELDS) {
            Object value = field.merged().apply(device);
            String reportedBy = value == null ? "" : sensorsReporting(device,
                    source -> field.reported().apply(source) == null
                            || Objects.equals(String.valueOf(field.reported().apply(source)), String.valueOf(value)));
            Object shown = "purdueLevel".equals(field.conflictKey()) && value != null ? "Level " + value : value;
            rows.add(new PropertyRow(field.label(), Formats.orNone(shown), reportedBy,
                    conflict(device, field.conflictKey(), value)));
        }
        rows.add(new PropertyRow("Site / zone", device.site() + " / " + device.zone(), "", null));
        rows.add(new PropertyRow("First seen", Formats.orNone(Formats.time(device.firstSeen())), "", null));
        rows.add(new PropertyRow("Last seen", Formats.orNone(Formats.time(device.lastSeen())), "", null));
        return rows;
    }

    private static String sensorsReporting(DeviceView device,
                                           java.util.function.Predicate<DeviceView.ProvenanceView> reports) {
        TreeSet<String> names = new TreeSet<>();
        for (DeviceView.ProvenanceView source : device.provenance()) {
            if (reports.test(source)) {
                names.add(source.sensor());
            }
        }
        return String.join(", ", names);
    }

    private static String conflict(DeviceView device, String key, Object merged) {
        for (DeviceView.ConflictView conflict : device.conflicts()) {
            if (!conflict.field().equals(key)) {
                continue;
            }
            List<String> others = new ArrayList<>();
            for (DeviceView.ValueView value : conflict.values()) {
                if (!Objects.equals(value.value(), merged == null ? null : String.valueOf(merged))) {
                    others.add(value.value() + " (" + String.join(", ", value.sensors()) + ")");
                }
            }
            return others.isEmpty() ? null : String.join("; ", others);
        }
        return null;
    }
}
