package io.plantwatch.ui.inventory;

import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.support.Formats;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The inventory's columns, after Defender's device inventory: title, whether shown by default, the
 * value a cell shows and sorts by, and the text the CSV export writes. The table, the column
 * chooser and the export all use this one list, so the export writes what the table shows.
 */
public enum DeviceColumn {
    NAME("Name", true, DeviceRow::displayName),
    IPS("IP addresses", true, DeviceRow::ips),
    MACS("MAC addresses", true, DeviceRow::macs),
    VENDOR("Vendor", true, DeviceRow::vendor),
    TYPE("Type", true, DeviceRow::type),
    MODEL("Model", false, DeviceRow::model),
    FIRMWARE("Firmware", true, DeviceRow::firmware),
    OS("Operating system", false, DeviceRow::os),
    PROTOCOLS("Protocols", true, DeviceRow::protocolText),
    PURDUE("Purdue level", true, DeviceRow::purdueLevel),
    SITE("Site", false, DeviceRow::site),
    ZONE("Zone", true, DeviceRow::zone),
    SENSORS("Sensors", true, DeviceRow::sensorText),
    FIRST_SEEN("First seen", false, DeviceRow::firstSeen),
    LAST_SEEN("Last seen", true, DeviceRow::lastSeen),
    AUTHORIZED("Authorized", false, DeviceRow::authorized),
    ALERTS("Alerts", true, DeviceRow::alerts),
    CVES("CVEs", false, DeviceRow::cves);

    private final String title;
    private final boolean shownByDefault;
    private final Function<DeviceRow, Object> value;

    DeviceColumn(String title, boolean shownByDefault, Function<DeviceRow, ?> value) {
        this.title = title;
        this.shownByDefault = shownByDefault;
        this.value = value::apply;
    }

    public String title() {
        return title;
    }

    public boolean shownByDefault() {
        return shownByDefault;
    }

    /** The raw value (sorts numbers as numbers, times as times). */
    public Object value(DeviceRow row) {
        return value.apply(row);
    }

    /** The value as the table and the CSV write it. */
    public String text(DeviceRow row) {
        Object raw = value(row);
        if (raw == null) {
            return "";
        }
        switch (this) {
            case FIRST_SEEN:
            case LAST_SEEN:
                return Formats.time((Long) raw);
            case PURDUE:
                return "Level " + raw;
            case AUTHORIZED:
                return Boolean.TRUE.equals(raw) ? "Yes" : "No";
            default:
                return raw.toString();
        }
    }

    /**
     * The values a per-column filter offers and matches: one per row, except for the columns that
     * list several (sensors, protocols), where a row matches when any of them is chosen.
     */
    public Collection<String> filterValues(DeviceRow row) {
        switch (this) {
            case SENSORS:
                return row.device().sensors();
            case PROTOCOLS:
                return row.protocols();
            case ZONE:
                return List.of(row.site() + " / " + row.zone());
            default:
                String text = text(row);
                return List.of(text.isEmpty() ? Formats.NONE : text);
        }
    }
}
