package io.plantwatch.inventory.classify;

import io.plantwatch.decode.support.DataFile;

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
        for (String[] f : DataFile.rows(DeviceTypeRules.class, RULES, 4)) {
            List<Condition> conditions = new ArrayList<>();
            for (String c : f[2].split(" & ")) {
                conditions.add(Condition.parse(c));
            }
            rules.add(new TypeRule(Integer.parseInt(f[0].strip()), f[1].strip(), conditions, f[3].strip()));
        }
        Map<String, Integer> levels = new HashMap<>();
        for (String[] f : DataFile.rows(DeviceTypeRules.class, LEVELS, 2)) {
            levels.put(f[0].strip(), Integer.parseInt(f[1].strip()));
        }
        return new DeviceTypeRules(rules, levels);
    }

    List<TypeRule> rules() {
        return rules;
    }

    /** The Purdue level of a device type, or null when the type spans levels or is unknown. */
    Integer levelOf(String type) {
        return levels.get(type);
    }
}
