package io.plantwatch.decode.codes;

import io.plantwatch.decode.Activity;

/**
 * Makes an activity whose detail names the addressed unit ("Write Single Coil (unit 1)") and keeps
 * the last one made: polling repeats the same request, so most calls allocate nothing. Not
 * thread-safe (one per flow).
 */
public final class ActivityCache {
    private final String label;
    private Activity base;
    private int unit = Integer.MIN_VALUE;
    private Activity last;

    /** @param label how the unit is named in the detail ("unit", "outstation") */
    public ActivityCache(String label) {
        this.label = label;
    }

    /** The base activity with " (label unit)" added to its detail. */
    public Activity addressed(Activity base, int unit) {
        if (base != this.base || unit != this.unit) {
            this.base = base;
            this.unit = unit;
            last = new Activity(base.protocol(), base.type(), base.detail() + " (" + label + " " + unit + ")");
        }
        return last;
    }
}
