package io.plantwatch.console.sync;

import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.sensors.TokenStore;
import io.plantwatch.console.store.SensorRecord;

import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link SensorClient} per registered sensor, kept so its connections are reused from sync to
 * sync; rebuilt when the sensor's URL, pin or token changed. Thread-safe.
 */
public final class SensorClients {
    private record Entry(String url, String fingerprint, int tokenHash, SensorClient client) {
    }

    private final TokenStore tokens;
    private final RetryPolicy retry;
    private final ConcurrentMap<Long, Entry> clients = new ConcurrentHashMap<>();

    public SensorClients(TokenStore tokens, RetryPolicy retry) {
        this.tokens = tokens;
        this.retry = retry;
    }

    public SensorClient forSensor(SensorRecord sensor) throws SensorApiException {
        String token = tokens.token(sensor.id()).orElseThrow(() -> new SensorApiException(sensor.name()
                + ": no token stored for this sensor (remove it and add it again)", false, 0, null));
        Entry entry = clients.get(sensor.id());
        if (entry == null || !entry.url.equals(sensor.url()) || !entry.fingerprint.equals(sensor.fingerprint())
                || entry.tokenHash != Objects.hashCode(token)) {
            SensorClient client = new SensorClient(sensor.name(), URI.create(sensor.url()), token,
                    Fingerprint.parse(sensor.fingerprint()), retry);
            entry = new Entry(sensor.url(), sensor.fingerprint(), Objects.hashCode(token), client);
            clients.put(sensor.id(), entry);
        }
        return entry.client;
    }

    public void forget(long sensorId) {
        clients.remove(sensorId);
    }
}
