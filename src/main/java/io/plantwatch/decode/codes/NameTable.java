package io.plantwatch.decode.codes;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;

import java.util.HashMap;
import java.util.Map;

/**
 * Like {@link CodeTable}, for codes that are text on the wire (S7 PI service names such as
 * {@code _INSE}). Immutable and thread-safe.
 */
public final class NameTable {
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Activity> events = new HashMap<>();

    private NameTable() {
    }

    public static NameTable load(String protocol, String resource) {
        NameTable table = new NameTable();
        TableFile.read(resource, (key, name, activity) -> table.put(protocol, key, name, activity));
        return table;
    }

    private void put(String protocol, String key, String name, ActivityType activity) {
        names.put(key, name);
        if (activity != null) {
            events.put(key, new Activity(protocol, activity, name));
        }
    }

    /** The name for this code, or null when unknown. */
    public String name(String code) {
        return names.get(code);
    }

    /** The activity this code is, or null. */
    public Activity event(String code) {
        return events.get(code);
    }
}
