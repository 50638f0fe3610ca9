package io.plantwatch.ui.inventory;

/**
 * One line of a device's properties: the merged value, the sensors that report it, and, when
 * sensors disagree, the other values with theirs. Immutable.
 *
 * @param reportedBy sensors reporting {@code value}, comma separated
 * @param conflict the other values and their sensors ("V2.8 (plant-b)"), or null
 */
public record PropertyRow(String field, String value, String reportedBy, String conflict) {
    public boolean hasConflict() {
        return conflict != null;
    }
}
