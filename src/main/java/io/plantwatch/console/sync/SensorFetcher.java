package io.plantwatch.console.sync;

import io.plantwatch.console.merge.ConnectionSource;
import io.plantwatch.console.merge.DeviceSource;
import io.plantwatch.console.merge.SensorBatch;
import io.plantwatch.model.ApiAlert;
import io.plantwatch.model.ApiConnection;
import io.plantwatch.model.ApiDevice;
import io.plantwatch.model.ChangesPage;
import io.plantwatch.model.SensorStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches one sensor's news: a Plantwatch sensor (it has {@code /api/plantwatch/v1/status})
 * through {@code changes?since=} from the stored cursor, page by page; any other sensor (Defender
 * for IoT) through full pulls of the v1 list endpoints. Nothing is written here: the caller
 * merges and commits the whole batch at once. Stateless; thread-safe.
 */
public final class SensorFetcher {
    private final int pageSize;

    public SensorFetcher(int pageSize) {
        this.pageSize = pageSize;
    }

    public SensorFetch fetch(long sensorId, String sensorName, String cursor, SensorClient client,
                             SyncListener listener, Cancellation cancel) throws SensorApiException {
        Optional<SensorStatus> status = client.status(cancel);
        if (status.isEmpty()) {
            return fullPull(sensorId, sensorName, client, listener, cancel);
        }
        String since = cursor == null ? "" : cursor;
        boolean complete = since.isEmpty();
        Map<Long, DeviceSource> devices = new LinkedHashMap<>();
        Set<Long> removed = new LinkedHashSet<>();
        Map<String, ConnectionSource> connections = new LinkedHashMap<>();
        Map<String, SensorBatch.IncomingAlert> alerts = new LinkedHashMap<>();
        long items = 0;
        while (true) {
            cancel.throwIfCancelled();
            ChangesPage page = client.changes(since, pageSize, cancel);
            for (ApiDevice device : orEmpty(page.devices())) {
                devices.put(device.id(), ApiMapping.device(sensorId, device));
                removed.remove(device.id());
            }
            for (Long id : orEmpty(page.removedDevices())) {
                devices.remove(id);
                removed.add(id);
            }
            for (ApiConnection connection : orEmpty(page.connections())) {
                ConnectionSource source = ApiMapping.connection(sensorId, connection);
                connections.put(source.key(), source);
            }
            for (ApiAlert alert : orEmpty(page.alerts())) {
                if (alert.id() != null) {
                    alerts.put(alert.id(), ApiMapping.alert(sensorId, alert));
                }
            }
            items += orEmpty(page.devices()).size() + orEmpty(page.connections()).size()
                    + orEmpty(page.alerts()).size() + orEmpty(page.removedDevices()).size();
            listener.progress(sensorName, "fetch", items);
            String next = page.next() == null ? since : page.next();
            if (!page.more()) {
                since = next;
                break;
            }
            if (next.equals(since)) {
                throw new SensorApiException(sensorName + ": the sensor said there is more but did not move its "
                        + "cursor past " + since, false, 200, null);
            }
            since = next;
        }
        SensorBatch batch = new SensorBatch(sensorId, complete, new ArrayList<>(devices.values()),
                complete ? List.of() : new ArrayList<>(removed), new ArrayList<>(connections.values()),
                new ArrayList<>(alerts.values()));
        return new SensorFetch(SensorFetch.PLANTWATCH, status.get().version(), since, batch);
    }

    private SensorFetch fullPull(long sensorId, String sensorName, SensorClient client, SyncListener listener,
                                 Cancellation cancel) throws SensorApiException {
        List<DeviceSource> devices = new ArrayList<>();
        for (ApiDevice device : orEmpty(client.devices(cancel))) {
            devices.add(ApiMapping.device(sensorId, device));
        }
        listener.progress(sensorName, "fetch", devices.size());
        Map<String, ConnectionSource> connections = new LinkedHashMap<>();
        for (ApiConnection connection : orEmpty(client.connections(cancel))) {
            ConnectionSource source = ApiMapping.connection(sensorId, connection);
            connections.put(source.key(), source);
        }
        Map<String, SensorBatch.IncomingAlert> alerts = new LinkedHashMap<>();
        for (ApiAlert alert : orEmpty(client.alerts(cancel))) {
            if (alert.id() != null) {
                alerts.put(alert.id(), ApiMapping.alert(sensorId, alert));
            }
        }
        listener.progress(sensorName, "fetch", devices.size() + connections.size() + alerts.size());
        SensorBatch batch = new SensorBatch(sensorId, true, devices, List.of(),
                new ArrayList<>(connections.values()), new ArrayList<>(alerts.values()));
        return new SensorFetch(SensorFetch.DEFENDER, null, null, batch);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
