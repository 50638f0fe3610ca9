package io.plantwatch.console.merge;

import java.util.List;

/**
 * Sensors disagree on one field of a merged device (e.g. two firmware versions). Shown, never
 * resolved silently: the merged value is the most recently seen one, the others stay here.
 *
 * @param field vendor, type, model, firmware, os, name or purdueLevel
 */
public record Conflict(String field, List<Value> values) {
    /** One value and the sensors (console ids) that report it. */
    public record Value(String value, List<Long> sensors) {
    }
}
