package io.plantwatch.console.sync;

import io.plantwatch.console.merge.ConnectionSource;
import io.plantwatch.console.merge.DeviceSource;
import io.plantwatch.console.merge.SensorBatch;
import io.plantwatch.console.store.SensorRecord;
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
 * through {@code changes?since=} from the stored cursor, page by page (the first sync from the
 * beginning); any other sensor (Defender
 * for IoT) through full pulls of the v1 list endpoints. Nothing is written here: the caller
 * merges and commits the whole batch at once. Stateless; thread-safe.
 */
public final class SensorFetcher {
    private final int pageSize;
    private final CanonicalStrings strings;

    SensorFetcher(int pageSize, CanonicalStrings strings) {
        this.pageSize = pageSize;
        this.strings = strings;
    }

    /**
     * @param known the sensor as last synced: a Plantwatch sensor with a cursor is asked for its
     *     changes straight away (one request fewer per sync; a sensor that no longer has the
     *     endpoint answers 404 and is probed again)
     */
    public SensorFetch fetch(SensorRecord known, SensorClient client, SyncListener listener, Cancellation cancel)
            throws SensorApiException {
        if (SensorFetch.PLANTWATCH.equals(known.kind()) && known.cursor() != null) {
            try {
                // The status is not read on this path (one request fewer): the TI version stays as read last.
                return incremental(known.id(), known.name(), known.cursor(), known.version(), known.tiVersion(),
                        client, listener, cancel);
            } catch (SensorApiException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
        }
        Optional<SensorStatus> status = client.status(cancel);
        if (status.isEmpty()) {
            return fullPull(known.id(), known.name(), client, listener, cancel);
        }
        return incremental(known.id(), known.name(), known.cursor(), status.get().version(),
                status.get().tiVersion(), client, listener, cancel);
    }

    private SensorFetch incremental(long sensorId, String sensorName, String cursor, String version, String tiVersion,
                                    SensorClient client, SyncListener listener, Cancellation cancel)
            throws SensorApiException {
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
                devices.put(device.id(), ApiMapping.device(sensorId, device, strings));
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
        return new SensorFetch(SensorFetch.PLANTWATCH, version, tiVersion, since, batch);
    }

    private SensorFetch fullPull(long sensorId, String sensorName, SensorClient client, SyncListener listener,
                                 Cancellation cancel) throws SensorApiException {
        List<DeviceSource> devices = new ArrayList<>();
        for (ApiDevice device : orEmpty(client.devices(cancel))) {
            devices.add(ApiMapping.device(sensorId, device, strings));
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
        return new SensorFetch(SensorFetch.DEFENDER, null, null, null, batch);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
