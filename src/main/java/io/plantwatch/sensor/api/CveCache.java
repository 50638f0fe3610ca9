package io.plantwatch.sensor.api;

import io.plantwatch.sensor.ti.MatchedCves;

import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The devices' CVEs for {@code /api/v1/devices/cves}, kept until the writer stores a device
 * change or another TI package is installed. Matching re-reads and re-parses every device and
 * runs it against every advisory, while the answer changes only with those two; each request then
 * only filters by address and {@code top}, so one entry serves every filter (and a client varying
 * them cannot grow it). Keyed like {@link DeviceListCache}: the devices version is read before the
 * store, the package is compared by identity. Thread-safe (one volatile immutable entry; two
 * concurrent misses may both match, the later one wins, both right).
 */
final class CveCache {
    private record Entry(long version, Object intel, MatchedCves matched) {
    }

    /** Matches the stored devices against the given package (null: none installed). */
    @FunctionalInterface
    interface Matcher {
        MatchedCves match(Object intel) throws Exception;
    }

    private final LongSupplier version;
    private final Supplier<?> intel;
    private volatile Entry kept;

    /**
     * @param version grows whenever device rows are stored
     * @param intel the installed threat intelligence (null when none)
     */
    CveCache(LongSupplier version, Supplier<?> intel) {
        this.version = version;
        this.intel = intel;
    }

    /** The matched CVEs, from {@code match} only when the devices or the package changed since the last call. */
    MatchedCves get(Matcher match) throws Exception {
        long now = version.getAsLong();
        Object intelNow = intel.get();
        Entry entry = kept;
        if (entry != null && entry.version() == now && entry.intel() == intelNow) {
            return entry.matched();
        }
        MatchedCves fresh = match.match(intelNow);
        kept = new Entry(now, intelNow, fresh);
        return fresh;
    }
}
