package io.plantwatch.sensor.api;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The last {@code /api/v1/devices/} answer per filter, reused until the writer stores a device
 * change: reading and joining 10k device bodies costs far more than sending them, and clients
 * (consoles, scripts) ask again and again while the list changes only when devices do. The version
 * is read before the store, so an answer is never kept as newer than it is. Thread-safe.
 */
final class DeviceListCache {
    private record Entry(long version, ApiResponse response) {
    }

    private final LongSupplier version;
    private final Map<String, Entry> byFilter = new ConcurrentHashMap<>();

    /** @param version grows whenever device rows are stored */
    DeviceListCache(LongSupplier version) {
        this.version = version;
    }

    /** The answer for {@code authorized} (null: all devices), from {@code load} when the devices changed. */
    ApiResponse get(Boolean authorized, Callable<ApiResponse> load) throws Exception {
        long now = version.getAsLong();
        String filter = String.valueOf(authorized);
        Entry kept = byFilter.get(filter);
        if (kept != null && kept.version() == now) {
            return kept.response();
        }
        ApiResponse fresh = load.call();
        byFilter.put(filter, new Entry(now, fresh));
        return fresh;
    }
}
