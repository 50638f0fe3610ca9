package io.plantwatch.console.ti;

import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.store.StoreException;
import io.plantwatch.console.store.TiRepository;
import io.plantwatch.ti.format.Manifest;
import io.plantwatch.ti.format.PackageVersionOrder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The TI packages this console knows: those imported (verified) here and the versions sensors
 * report. The newest of them is what a sensor's version is measured against, so the sensor list
 * can flag sensors running an older package. Thread-safe (the store is; no state here).
 */
public final class KnownTiPackages {
    private final ConsoleStore store;
    private final TiRepository repository;
    private final Clock clock;

    public KnownTiPackages(ConsoleStore store, TiRepository repository, Clock clock) {
        this.store = store;
        this.repository = repository;
        this.clock = clock;
    }

    /** Records a verified package (importing the same bytes again changes nothing). */
    public void imported(Manifest manifest, String sha256) {
        TiRepository.PackageRow row = new TiRepository.PackageRow(sha256, manifest.version(), manifest.publisher(),
                manifest.keyId(), clock.millis());
        store.inTransaction(connection -> {
            repository.recordPackage(connection, row);
            return null;
        });
    }

    public List<TiRepository.PackageRow> importedPackages() {
        try (Connection connection = store.connection()) {
            return repository.packages(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read the imported TI packages: " + e.getMessage(), e);
        }
    }

    /** The newest version among the imported packages and the given sensors' versions, or null when none. */
    public String newestVersion(Collection<SensorRecord> sensors) {
        return newest(Stream.concat(importedPackages().stream().map(TiRepository.PackageRow::version),
                sensors.stream().map(SensorRecord::tiVersion)));
    }

    /**
     * Whether a sensor's TI version is older than the newest the console knows: a sensor with no
     * package is outdated as soon as the console knows any; with nothing known, nothing is outdated.
     */
    public static boolean isOutdated(String sensorVersion, String newest) {
        return PackageVersionOrder.INSTANCE.isOlder(sensorVersion, newest);
    }

    /** The newest of these versions (nulls ignored), or null. */
    public static String newest(Stream<String> versions) {
        return versions.filter(Objects::nonNull).max(PackageVersionOrder.INSTANCE).orElse(null);
    }
}
