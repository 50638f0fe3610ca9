package io.plantwatch.ui.data;

import java.util.Locale;

/** Defender's alert severities, most severe first; each has a style class of the design system. */
public enum Severity {
    CRITICAL("Critical"), MAJOR("Major"), MINOR("Minor"), WARNING("Warning"), UNKNOWN("Unknown");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public static Severity of(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        for (Severity severity : values()) {
            if (severity.label.equalsIgnoreCase(text.strip())) {
                return severity;
            }
        }
        return UNKNOWN;
    }

    public String label() {
        return label;
    }

    /** {@code severity-critical} and so on (styles/plantwatch.css). */
    public String styleClass() {
        return "severity-" + name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label;
    }
}
