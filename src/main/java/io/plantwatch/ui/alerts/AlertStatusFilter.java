package io.plantwatch.ui.alerts;

import io.plantwatch.ui.data.AlertRow;

/** Which alerts by status: open ones (the default, as Defender shows them), handled ones, or all. */
public enum AlertStatusFilter {
    OPEN("Open"), HANDLED("Handled, learned or muted"), ALL("Any status");

    private final String label;

    AlertStatusFilter(String label) {
        this.label = label;
    }

    public boolean matches(AlertRow row) {
        switch (this) {
            case OPEN:
                return row.isOpen();
            case HANDLED:
                return !row.isOpen();
            default:
                return true;
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
