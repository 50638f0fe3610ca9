package io.plantwatch.sensor.api;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the devices answer is reused and when it is read again from the store. */
class DeviceListCacheTest {
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicReference<Object> intel = new AtomicReference<>();
    private final DeviceListCache cache = new DeviceListCache(version::get, intel::get);
    private final AtomicInteger loads = new AtomicInteger();

    /** A load that answers with the number of loads so far. */
    private ApiResponse load() {
        return ApiResponse.json(200, "[" + loads.incrementAndGet() + "]");
    }

    private String get(Boolean authorized) throws Exception {
        return new String(cache.get(authorized, this::load).body());
    }

    @Test
    void anAnswerIsReusedWhileNoDeviceIsStored() throws Exception {
        assertThat(get(null)).isEqualTo("[1]");
        assertThat(get(null)).isEqualTo("[1]");
        assertThat(loads).hasValue(1);
    }

    @Test
    void storedDevicesMakeTheNextAnswerFresh() throws Exception {
        get(null);
        version.incrementAndGet();
        assertThat(get(null)).isEqualTo("[2]");
        assertThat(get(null)).isEqualTo("[2]");
    }

    @Test
    void eachFilterHasItsOwnAnswer() throws Exception {
        assertThat(get(null)).isEqualTo("[1]");
        assertThat(get(true)).isEqualTo("[2]");
        assertThat(get(false)).isEqualTo("[3]");
        assertThat(get(true)).isEqualTo("[2]");
        assertThat(get(null)).isEqualTo("[1]");
    }

    @Test
    void anotherThreatIntelPackageMakesTheNextAnswerFreshEvenWhenEqual() throws Exception {
        intel.set(new String("package"));
        get(null);
        intel.set(new String("package")); // equal, but a new package object: vendors may differ
        assertThat(get(null)).isEqualTo("[2]");
        assertThat(get(null)).isEqualTo("[2]");
        intel.set(null);
        assertThat(get(null)).isEqualTo("[3]");
    }

    @Test
    void devicesStoredWhileAnAnswerIsReadMakeTheNextAnswerFresh() throws Exception {
        // the load sees the store after a write the version read before it did not count yet
        ApiResponse first = cache.get(null, () -> {
            version.incrementAndGet();
            return load();
        });
        assertThat(new String(first.body())).isEqualTo("[1]");
        assertThat(get(null)).isEqualTo("[2]");
    }

    @Test
    void aFailedLoadIsNotKept() throws Exception {
        assertThatThrownBy(() -> cache.get(null, () -> {
            throw new IllegalStateException("store closed");
        })).hasMessage("store closed");
        assertThat(get(null)).isEqualTo("[1]");
    }
}
