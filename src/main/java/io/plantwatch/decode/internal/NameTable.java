package io.plantwatch.decode.internal;

import io.plantwatch.decode.ActivityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Readable names of a protocol's codes (service codes, vendor ids, device types), loaded once from
 * a resource file, with an optional third column: an {@link ActivityType} or another short tag.
 * Immutable and thread-safe.
 *
 * <p>Format, one code a line, tab-separated: {@code code name [tag]}; code decimal or {@code 0x}
 * hex; {@code #} starts a comment line.
 */
public final class NameTable {
    /** Codes below this are looked up in arrays: no boxing on the packet path. */
    private static final int DENSE = 256;

    private final Map<Integer, String> names;
    private final Map<Integer, String> tags;
    private final String[] denseNames = new String[DENSE];
    private final ActivityType[] denseActivities = new ActivityType[DENSE];

    private NameTable(Map<Integer, String> names, Map<Integer, String> tags) {
        this.names = Map.copyOf(names);
        this.tags = Map.copyOf(tags);
        names.forEach((code, name) -> {
            if (code >= 0 && code < DENSE) {
                denseNames[code] = name;
                denseActivities[code] = activityOf(tags.get(code));
            }
        });
    }

    private static ActivityType activityOf(String tag) {
        if (tag == null) {
            return null;
        }
        for (ActivityType type : ActivityType.values()) {
            if (type.name().equals(tag)) {
                return type;
            }
        }
        return null;
    }

    /** Loads a table from the classpath; a missing or malformed resource is a build defect. */
    public static NameTable load(String resource) {
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, String> tags = new HashMap<>();
        try (InputStream in = NameTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing name table " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 2 || fields.length > 3) {
                    throw new IllegalStateException(resource + ":" + number + ": expected code<TAB>name[<TAB>tag]");
                }
                String code = fields[0].strip();
                int value = code.startsWith("0x") ? Integer.parseInt(code.substring(2), 16) : Integer.parseInt(code);
                if (names.put(value, fields[1].strip()) != null) {
                    throw new IllegalStateException(resource + ":" + number + ": duplicate code " + code);
                }
                if (fields.length == 3) {
                    tags.put(value, fields[2].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name table " + resource, e);
        }
        return new NameTable(names, tags);
    }

    /** The name of a code, or null when the table lacks it. */
    public String name(int code) {
        return code >= 0 && code < DENSE ? denseNames[code] : names.get(code);
    }

    /** The name, or {@code fallback} formatted with the code when the table lacks it. */
    public String nameOr(int code, String fallback) {
        String name = name(code);
        return name != null ? name : String.format(fallback, code);
    }

    /** The third column of a code, or null. */
    public String tag(int code) {
        return tags.get(code);
    }

    /** The third column as an activity, or null when absent or not an activity. */
    public ActivityType activity(int code) {
        return code >= 0 && code < DENSE ? denseActivities[code] : activityOf(tags.get(code));
    }

    public int size() {
        return names.size();
    }
}
