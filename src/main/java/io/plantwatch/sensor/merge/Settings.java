package io.plantwatch.sensor.merge;

/** Names of the store's settings. */
public final class Settings {
    /** "true" or "false"; absent before the first start, which turns learning mode on. */
    public static final String LEARNING = "learning";
    public static final String CREATED = "created";
    public static final String NAME = "name";

    private Settings() {
    }
}
