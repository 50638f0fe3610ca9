package io.plantwatch.sensor.api;

import io.plantwatch.sensor.ti.AppliedTi;
import io.plantwatch.sensor.ti.DeviceThreatIntel;
import io.plantwatch.sensor.ti.MatchedCves;
import io.plantwatch.sensor.ti.TiPackageStore;
import io.plantwatch.sensor.ti.TrustedKeys;
import io.plantwatch.ti.TiSources;
import io.plantwatch.ti.format.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CVE answer is matched once per (devices version, installed package): asked again with
 * neither changed, it is reused; a stored device change or a newly applied package (a real
 * {@link TiPackageStore} taking a real signed package) makes the next request match again, with
 * the package that is installed now.
 */
class CveCacheTest {
    @TempDir
    Path data;

    @Test
    void reusedUntilTheDevicesChangeOrAnotherPackageIsApplied() throws Exception {
        KeyPair keys = SigningKeys.generate();
        SigningKeys.write(keys, data.resolve("keys"));
        TrustedKeys.install(data, List.of(data.resolve("keys").resolve(SigningKeys.PUBLIC_FILE)));
        TiPackageStore store = new TiPackageStore(data);
        AtomicLong devicesVersion = new AtomicLong(7);
        CveCache cache = new CveCache(devicesVersion::get, store::applied);
        List<Object> matchedWith = new ArrayList<>();
        DeviceThreatIntel threatIntel = new DeviceThreatIntel(store);
        List<String> devices = List.of("{\"ipAddresses\":[\"10.0.0.1\"],\"macAddresses\":[\"00:1b:1b:00:00:01\"],"
                + "\"vendor\":\"Siemens AG\",\"model\":\"SIMATIC S7-1500\",\"firmwareVersion\":\"V2.0\"}");
        CveCache.Matcher matcher = intel -> {
            matchedWith.add(intel);
            return threatIntel.match(devices, (AppliedTi) intel);
        };

        assertThat(cache.get(matcher).select(null, 100)).as("no package, no CVEs").isEmpty();
        cache.get(matcher);
        assertThat(matchedWith).hasSize(1).containsOnlyNulls();

        store.apply(TiSources.build(keys, "2026.11.1").zip());
        MatchedCves first = cache.get(matcher);
        assertThat(matchedWith).hasSize(2).last().isSameAs(store.applied());
        assertThat(cache.get(matcher)).isSameAs(first);
        assertThat(matchedWith).hasSize(2);

        devicesVersion.incrementAndGet();
        MatchedCves afterDeviceChange = cache.get(matcher);
        assertThat(afterDeviceChange).isNotSameAs(first);
        assertThat(matchedWith).hasSize(3);
        assertThat(cache.get(matcher)).isSameAs(afterDeviceChange);

        Object before = store.applied();
        store.apply(TiSources.build(keys, "2026.11.2").zip());
        assertThat(store.applied()).isNotSameAs(before);
        MatchedCves afterNewPackage = cache.get(matcher);
        assertThat(afterNewPackage).isNotSameAs(afterDeviceChange);
        assertThat(matchedWith).hasSize(4).last().isSameAs(store.applied());
        assertThat(cache.get(matcher)).isSameAs(afterNewPackage);
        assertThat(matchedWith).hasSize(4);
    }
}
