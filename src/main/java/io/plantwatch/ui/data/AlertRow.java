package io.plantwatch.ui.data;

import io.plantwatch.console.alerts.AlertView;

import java.util.List;
import java.util.Locale;

/**
 * One row of the alert list: a merged alert with its status in words and its search text.
 * Immutable.
 */
public record AlertRow(AlertView alert, String searchText) {

    public static AlertRow of(AlertView alert) {
        String text = String.join("\u0001", nonNull(alert.title()), nonNull(alert.message()), nonNull(alert.source()),
                nonNull(alert.destination()), nonNull(alert.engine()), nonNull(alert.severity()),
                String.join(" ", alert.sensors()));
        return new AlertRow(alert, text.toLowerCase(Locale.ROOT));
    }

    public long id() {
        return alert.id();
    }

    public long time() {
        return alert.time();
    }

    public Severity severity() {
        return Severity.of(alert.severity());
    }

    public String engine() {
        return alert.engine();
    }

    public String title() {
        return alert.title();
    }

    public String source() {
        return alert.source();
    }

    public String destination() {
        return alert.destination();
    }

    public String zone() {
        return alert.zone();
    }

    public String site() {
        return alert.site();
    }

    public List<String> sensors() {
        return alert.sensors();
    }

    /** How many times it was raised (repeats grouped in). */
    public long occurrences() {
        return alert.occurrences();
    }

    /** The latest sighting (epoch ms): the first one when no sensor reported a later. */
    public long lastSeen() {
        return alert.lastSeen() == null ? alert.time() : Math.max(alert.time(), alert.lastSeen());
    }

    /** New, Handled, Learned or Muted. */
    public String status() {
        if (alert.consoleAction() != null) {
            switch (alert.consoleAction()) {
                case "handleAndLearn":
                    return "Learned";
                case "mute":
                    return "Muted";
                default:
                    return "Handled";
            }
        }
        return alert.handled() ? "Handled" : "New";
    }

    public boolean isOpen() {
        return "New".equals(status());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
