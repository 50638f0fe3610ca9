package io.plantwatch.inventory.classify;

import java.util.List;

/**
 * One line of the rules file: when every condition holds, {@code weight} counts for {@code type},
 * and the evidence text (with {@code {value}} replaced by what the first condition matched) says why.
 * Immutable and thread-safe.
 */
record TypeRule(int weight, String type, List<Condition> conditions, String evidence) {

    /** The evidence when the rule holds for the device, else null. */
    String apply(ProfileFacts facts) {
        String first = null;
        for (Condition c : conditions) {
            String value = c.match(facts);
            if (value == null) {
                return null;
            }
            if (first == null) {
                first = value;
            }
        }
        return evidence.replace("{value}", first == null ? "" : first);
    }
}
