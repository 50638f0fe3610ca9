package io.plantwatch.sensor.merge;

import io.plantwatch.ti.match.IndicatorIndex;

import java.util.function.Supplier;

/**
 * Tells the writer when the installed TI package's indicators changed (a package was applied
 * while the sensor runs), so detection takes them up without a restart. The package store swaps
 * whole immutable indexes, so identity is the change. Not thread-safe: the writer thread asks.
 */
final class IndicatorWatch {
    private final Supplier<IndicatorIndex> source;
    private IndicatorIndex seen;

    /** @param source the installed indicators (null while there are none) */
    IndicatorWatch(Supplier<IndicatorIndex> source) {
        this.source = source;
    }

    /** The new indicators when they changed since the last call (EMPTY when they went away), else null. */
    IndicatorIndex changed() {
        IndicatorIndex now = source.get();
        if (now == seen) {
            return null;
        }
        seen = now;
        return now == null ? IndicatorIndex.EMPTY : now;
    }
}
