package io.plantwatch.inventory.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The device-type rules ({@code device-type-rules.tsv}: weight, type, conditions joined by
 * {@code " & "}, evidence) and the Purdue level of each type ({@code purdue-levels.tsv}). Loaded
 * once, immutable and thread-safe.
 */
public final class DeviceTypeRules {
    static final String RULES = "device-type-rules.tsv";
    static final String LEVELS = "purdue-levels.tsv";

    private final List<TypeRule> rules;
    private final Map<String, Integer> levels;

    DeviceTypeRules(List<TypeRule> rules, Map<String, Integer> levels) {
        this.rules = List.copyOf(rules);
        this.levels = Map.copyOf(levels);
    }

    /** The shipped rules and levels. */
    public static DeviceTypeRules standard() {
        List<TypeRule> rules = new ArrayList<>();
        for (String[] f : rows(RULES, 4)) {
            List<Condition> conditions = new ArrayList<>();
            for (String c : f[2].split(" & ")) {
                conditions.add(Condition.parse(c));
            }
            rules.add(new TypeRule(Integer.parseInt(f[0].strip()), f[1].strip(), conditions, f[3].strip()));
        }
        Map<String, Integer> levels = new HashMap<>();
        for (String[] f : rows(LEVELS, 2)) {
            levels.put(f[0].strip(), Integer.parseInt(f[1].strip()));
        }
        return new DeviceTypeRules(rules, levels);
    }

    private static List<String[]> rows(String resource, int fields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DeviceTypeRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != fields) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + fields
                            + " tab-separated fields");
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    List<TypeRule> rules() {
        return rules;
    }

    /** The Purdue level of a device type, or null when the type spans levels or is unknown. */
    Integer levelOf(String type) {
        return levels.get(type);
    }
}
