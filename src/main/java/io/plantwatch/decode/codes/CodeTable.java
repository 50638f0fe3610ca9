package io.plantwatch.decode.codes;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;

import java.util.HashMap;
import java.util.Map;

/**
 * Readable names of a protocol's numeric codes (function codes, type ids, causes), and which ones
 * are security-relevant actions, loaded once from a resource file ({@link TableFile} format; keys
 * decimal or {@code 0x} hex). Names for codes 0..255 are made at load time, so looking one up on
 * the packet path allocates nothing. Immutable and thread-safe.
 */
public final class CodeTable {
    private static final int DENSE = 256;

    private final String unknownFormat;
    private final String[] denseNames = new String[DENSE];
    private final Activity[] denseEvents = new Activity[DENSE];
    private final boolean[] denseKnown = new boolean[DENSE];
    private final Map<Integer, String> sparseNames = new HashMap<>();
    private final Map<Integer, Activity> sparseEvents = new HashMap<>();

    private CodeTable(String unknownFormat) {
        this.unknownFormat = unknownFormat;
    }

    /**
     * Loads a table from the classpath.
     *
     * @param protocol Wireshark name the activities are reported under
     * @param resource absolute resource path
     * @param unknownFormat {@link String#format} pattern for codes the table lacks, given the code
     */
    public static CodeTable load(String protocol, String resource, String unknownFormat) {
        CodeTable table = new CodeTable(unknownFormat);
        TableFile.read(resource, (key, name, activity) -> table.put(protocol, parseCode(key), name, activity));
        for (int code = 0; code < DENSE; code++) {
            if (table.denseNames[code] == null) {
                table.denseNames[code] = String.format(unknownFormat, code);
            }
        }
        return table;
    }

    private static int parseCode(String key) {
        return key.startsWith("0x") ? Integer.parseInt(key.substring(2), 16) : Integer.parseInt(key);
    }

    private void put(String protocol, int code, String name, ActivityType activity) {
        Activity event = activity == null ? null : new Activity(protocol, activity, name);
        if (code >= 0 && code < DENSE) {
            denseNames[code] = name;
            denseEvents[code] = event;
            denseKnown[code] = true;
        } else {
            sparseNames.put(code, name);
            if (event != null) {
                sparseEvents.put(code, event);
            }
        }
    }

    /** The code's name, or the unknown-code text. Never null. */
    public String name(int code) {
        if (code >= 0 && code < DENSE) {
            return denseNames[code];
        }
        String name = sparseNames.get(code);
        return name != null ? name : String.format(unknownFormat, code);
    }

    /** Whether the table names this code. */
    public boolean known(int code) {
        return code >= 0 && code < DENSE ? denseKnown[code] : sparseNames.containsKey(code);
    }

    /** The activity a request with this code is (detail: the code's name), or null when none. */
    public Activity event(int code) {
        return code >= 0 && code < DENSE ? denseEvents[code] : sparseEvents.get(code);
    }

    /** The activity type of this code, or null. */
    public ActivityType activity(int code) {
        Activity event = event(code);
        return event == null ? null : event.type();
    }
}
