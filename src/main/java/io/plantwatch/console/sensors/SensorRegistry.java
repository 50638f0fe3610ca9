package io.plantwatch.console.sensors;

import io.plantwatch.console.merge.SensorBatch;
import io.plantwatch.console.merge.ZoneDelta;
import io.plantwatch.console.merge.ZoneState;
import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.store.SensorRepository;
import io.plantwatch.console.store.StoreException;
import io.plantwatch.console.store.Zone;
import io.plantwatch.console.store.ZoneStates;
import io.plantwatch.console.topology.Names;
import io.plantwatch.console.topology.TopologyService;

import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * Adds, lists and removes sensors. Adding pins the sensor's certificate: {@link #probe} shows its
 * fingerprint, the user confirms it, and {@link #add} pins it only if the sensor still presents
 * exactly that certificate. Removing a sensor takes its contribution out of the merged inventory
 * (devices only it reported disappear) in one transaction. Thread-safe.
 */
public final class SensorRegistry {
    /** What a sensor presented at {@code url}. */
    public record Probe(URI url, Fingerprint fingerprint, String subject, long notAfter) {
    }

    private final ConsoleStore store;
    private final SensorRepository sensors;
    private final TopologyService topology;
    private final TokenStore tokens;
    private final ZoneStates zones;
    private final CertificateProbe certificates;
    private final Clock clock;

    public SensorRegistry(ConsoleStore store, SensorRepository sensors, TopologyService topology, TokenStore tokens,
                          ZoneStates zones, CertificateProbe certificates, Clock clock) {
        this.store = store;
        this.sensors = sensors;
        this.topology = topology;
        this.tokens = tokens;
        this.zones = zones;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** Connects to the sensor and reports the certificate it presents (nothing is stored). */
    public Probe probe(String url) throws IOException {
        URI uri = SensorUrl.parse(url);
        X509Certificate certificate = certificates.fetch(uri);
        return new Probe(uri, Fingerprint.of(certificate), certificate.getSubjectX500Principal().getName(),
                certificate.getNotAfter().getTime());
    }

    /**
     * Registers a sensor after the user confirmed {@code confirmed} as its fingerprint; the site
     * and zone are made when new.
     *
     * @throws CertificateRefusedException when the sensor now presents another certificate
     */
    public SensorRecord add(String name, String url, String token, String site, String zone, Fingerprint confirmed)
            throws IOException, CertificateRefusedException {
        String sensorName = Names.check("sensor", name);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a sensor needs its API token");
        }
        Probe probe = probe(url);
        if (!probe.fingerprint().equals(confirmed)) {
            throw new CertificateRefusedException(confirmed, probe.fingerprint());
        }
        long id = store.inTransaction(connection -> {
            if (sensors.byName(connection, sensorName).isPresent()) {
                throw new IllegalArgumentException("a sensor named " + sensorName + " already exists");
            }
            Zone target = topology.siteAndZone(connection, site, zone);
            long sensorId = sensors.insert(connection, sensorName, probe.url().toString(), target.id(),
                    confirmed.toString(), clock.millis());
            tokens.put(sensorId, token.strip());
            return sensorId;
        });
        return byId(id);
    }

    public List<SensorRecord> list() {
        try (Connection connection = store.connection()) {
            return sensors.all(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot list sensors", e);
        }
    }

    public SensorRecord byName(String name) {
        try (Connection connection = store.connection()) {
            return sensors.byName(connection, name)
                    .orElseThrow(() -> new IllegalArgumentException("no sensor named " + name));
        } catch (SQLException e) {
            throw new StoreException("cannot read sensors", e);
        }
    }

    /**
     * Records the TI version each successful push confirmed (the sensor's status reported it), so
     * the sensor list stops flagging it as outdated without waiting for the next sync.
     */
    public void recordTiVersions(java.util.Map<String, String> versionBySensor) {
        store.inTransaction(connection -> {
            for (java.util.Map.Entry<String, String> entry : versionBySensor.entrySet()) {
                sensors.recordTiVersion(connection, entry.getKey(), entry.getValue());
            }
            return null;
        });
    }

    private SensorRecord byId(long id) {
        try (Connection connection = store.connection()) {
            return sensors.byId(connection, id).orElseThrow();
        } catch (SQLException e) {
            throw new StoreException("cannot read sensors", e);
        }
    }

    /** Removes a sensor, what only it reported, and its token. */
    public void remove(String name) {
        SensorRecord sensor = byName(name);
        withdraw(sensor, connection -> sensors.delete(connection, sensor.id()));
        tokens.remove(sensor.id());
    }

    /**
     * Changes a sensor's name, URL, token or zone.
     *
     * @throws CertificateRefusedException when the URL changed and the sensor there presents
     *     another certificate than the one confirmed
     */
    public SensorRecord edit(String name, SensorEdit edit) throws IOException, CertificateRefusedException {
        SensorRecord sensor = byName(name);
        String newName = Names.check("sensor", edit.name());
        String url = SensorUrl.parse(edit.url()).toString();
        String fingerprint = sensor.fingerprint();
        if (!url.equals(sensor.url())) {
            if (edit.confirmed() == null) {
                throw new IllegalArgumentException("a new URL needs its certificate confirmed");
            }
            Probe probe = probe(url);
            if (!probe.fingerprint().equals(edit.confirmed())) {
                throw new CertificateRefusedException(edit.confirmed(), probe.fingerprint());
            }
            fingerprint = edit.confirmed().toString();
        }
        String pinned = fingerprint;
        StoreWork update = connection -> {
            if (!newName.equals(sensor.name()) && sensors.byName(connection, newName).isPresent()) {
                throw new IllegalArgumentException("a sensor named " + newName + " already exists");
            }
            Zone target = topology.siteAndZone(connection, edit.site(), edit.zone());
            sensors.update(connection, sensor.id(), newName, url, target.id(), pinned, target.id() != sensor.zoneId());
        };
        Zone target = topology.findOrNull(edit.site(), edit.zone());
        if (target == null || target.id() != sensor.zoneId()) {
            withdraw(sensor, update);
        } else {
            store.inTransaction(connection -> {
                update.run(connection);
                return null;
            });
        }
        if (edit.token() != null && !edit.token().isBlank()) {
            tokens.put(sensor.id(), edit.token().strip());
        }
        return byId(sensor.id());
    }

    /** Work done in the transaction that takes a sensor's contribution out of its zone. */
    @FunctionalInterface
    private interface StoreWork {
        void run(Connection connection) throws SQLException;
    }

    private void withdraw(SensorRecord sensor, StoreWork alongside) {
        ZoneState zone = zones.acquire(sensor.zoneId());
        try {
            ZoneDelta delta = zone.apply(SensorBatch.removal(sensor.id()), zones.ids(), true);
            store.inTransaction(connection -> {
                zones.write(connection, delta);
                alongside.run(connection);
                return null;
            });
        } catch (RuntimeException e) {
            zones.invalidate(zone);
            throw e;
        } finally {
            zones.release(zone);
        }
    }
}
