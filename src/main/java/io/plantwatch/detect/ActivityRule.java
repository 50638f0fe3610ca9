package io.plantwatch.detect;

import io.plantwatch.inventory.ObservedActivity;

/** A rule that looks at one decoder-reported activity at a time. Implementations hold no state. */
interface ActivityRule {
    /** The alert this activity raises, or null. */
    Alert check(ObservedActivity activity, Baseline baseline);
}
