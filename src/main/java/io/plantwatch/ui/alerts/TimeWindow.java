package io.plantwatch.ui.alerts;

import java.time.Duration;

/** The alert list's time filter: how far back alerts are shown. */
public enum TimeWindow {
    ALL("Any time", null),
    HOUR("Last hour", Duration.ofHours(1)),
    DAY("Last 24 hours", Duration.ofDays(1)),
    WEEK("Last 7 days", Duration.ofDays(7)),
    MONTH("Last 30 days", Duration.ofDays(30));

    private final String label;
    private final Duration span;

    TimeWindow(String label, Duration span) {
        this.label = label;
        this.span = span;
    }

    /** Whether an alert raised at {@code time} falls in the window ending {@code now}. */
    public boolean contains(long time, long now) {
        return span == null || time >= now - span.toMillis();
    }

    @Override
    public String toString() {
        return label;
    }
}
