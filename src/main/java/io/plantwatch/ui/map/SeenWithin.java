package io.plantwatch.ui.map;

/** The map's last-seen filter: devices a sensor saw within a time before now, or any. */
public enum SeenWithin {
    ANY("Seen any time", 0),
    HOUR("Seen in the last hour", 3_600_000L),
    DAY("Seen in the last 24 h", 86_400_000L),
    WEEK("Seen in the last 7 days", 7 * 86_400_000L);

    private final String label;
    private final long millis;

    SeenWithin(String label, long millis) {
        this.label = label;
        this.millis = millis;
    }

    /** The earliest last-seen time that passes at {@code now} (epoch ms), or null for any. */
    public Long since(long now) {
        return this == ANY ? null : now - millis;
    }

    @Override
    public String toString() {
        return label;
    }
}
