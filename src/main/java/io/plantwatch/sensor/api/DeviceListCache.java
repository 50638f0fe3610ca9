package io.plantwatch.sensor.api;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The last {@code /api/v1/devices/} answer per filter, reused until the writer stores a device
 * change: reading and joining 10k device bodies costs far more than sending them, and clients
 * (consoles, scripts) ask again and again while the list changes only when devices do. The version
 * is read before the store, so an answer is never kept as newer than it is. An answer also depends
 * on the installed threat intelligence (vendors from its OUI table), compared by identity: a new
 * package is a new object. Thread-safe.
 */
final class DeviceListCache {
    private record Entry(long version, Object intel, ApiResponse response) {
    }

    private final LongSupplier version;
    private final Supplier<?> intel;
    private final Map<String, Entry> byFilter = new ConcurrentHashMap<>();

    /**
     * @param version grows whenever device rows are stored
     * @param intel the threat intelligence the answers are made with (null when none)
     */
    DeviceListCache(LongSupplier version, Supplier<?> intel) {
        this.version = version;
        this.intel = intel;
    }

    /** The answer for {@code authorized} (null: all devices), from {@code load} when the devices changed. */
    ApiResponse get(Boolean authorized, Callable<ApiResponse> load) throws Exception {
        long now = version.getAsLong();
        Object intelNow = intel.get();
        String filter = String.valueOf(authorized);
        Entry kept = byFilter.get(filter);
        if (kept != null && kept.version() == now && kept.intel() == intelNow) {
            return kept.response();
        }
        ApiResponse fresh = load.call();
        byFilter.put(filter, new Entry(now, intelNow, fresh));
        return fresh;
    }
}
