package io.plantwatch.console.sync;

import io.plantwatch.console.merge.AlertKey;
import io.plantwatch.console.merge.AlertSource;
import io.plantwatch.console.merge.ItemChanges;
import io.plantwatch.console.merge.MergedAlert;
import io.plantwatch.console.merge.ZoneDelta;
import io.plantwatch.console.merge.ZoneState;
import io.plantwatch.console.store.AlertRepository;
import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.store.SensorRepository;
import io.plantwatch.console.store.ZoneStates;
import io.plantwatch.console.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Hands alert actions taken in the console ({@code handle}, {@code handleAndLearn}) on to the
 * sensors that raised the alert, through {@code PUT /api/v1/alerts/{uuid}}. The console records
 * the action first; each sensor's acceptance (or the error) is recorded per source, and what could
 * not be delivered is tried again after that sensor's next successful sync. Thread-safe.
 */
public final class AlertPropagation {
    /** What one sensor made of the console's action. */
    public record Outcome(String sensor, String uuid, boolean delivered, String error) {
    }

    private final ConsoleStore store;
    private final SensorRepository sensors;
    private final AlertRepository alerts;
    private final ZoneStates zones;
    private final Clock clock;

    public AlertPropagation(ConsoleStore store, SensorRepository sensors, AlertRepository alerts, ZoneStates zones,
                            Clock clock) {
        this.store = store;
        this.sensors = sensors;
        this.alerts = alerts;
        this.zones = zones;
        this.clock = clock;
    }

    /** Records the console's action on an alert; returns the alert as now stored. */
    public MergedAlert record(long alertId, String action) {
        MergedAlert stored = find(alertId);
        return update(stored.zoneId(), state -> state.alerts().handle(alertId, action, clock.millis()), alertId);
    }

    /** Delivers a recorded action to every sensor of the alert that has not accepted it yet. */
    public List<Outcome> deliver(long alertId, SensorClients clients) {
        MergedAlert alert = find(alertId);
        List<Outcome> outcomes = new ArrayList<>();
        for (AlertSource source : alert.sources()) {
            if (!Boolean.FALSE.equals(source.propagated())) {
                continue;
            }
            Optional<SensorRecord> sensor = sensor(source.sensor());
            if (sensor.isEmpty()) {
                continue;
            }
            try {
                outcomes.add(deliver(alert, source, sensor.get(), clients.forSensor(sensor.get())));
            } catch (SensorApiException e) {
                outcomes.add(recordOutcome(alert, source, sensor.get(), e.getMessage()));
            }
        }
        return outcomes;
    }

    /** After a sensor's successful sync: deliver what is still pending for it. Never throws for the sensor's errors. */
    public void retryPending(SensorRecord sensor, SensorClient client) {
        List<MergedAlert> pending;
        ZoneState state = zones.acquire(sensor.zoneId());
        try {
            pending = state.alerts().pendingPropagation(sensor.id());
        } finally {
            zones.release(state);
        }
        for (MergedAlert alert : pending) {
            for (AlertSource source : alert.sources()) {
                if (source.sensor() == sensor.id() && Boolean.FALSE.equals(source.propagated())) {
                    deliver(alert, source, sensor, client);
                }
            }
        }
    }

    private Outcome deliver(MergedAlert alert, AlertSource source, SensorRecord sensor, SensorClient client) {
        try {
            client.alertAction(source.uuid(), alert.consoleAction());
            return recordOutcome(alert, source, sensor, null);
        } catch (SensorApiException e) {
            return recordOutcome(alert, source, sensor, e.getMessage());
        }
    }

    private Outcome recordOutcome(MergedAlert alert, AlertSource source, SensorRecord sensor, String error) {
        AlertKey key = source.alertKey();
        update(alert.zoneId(), state -> state.alerts().propagated(alert.id(), key, error == null, error), alert.id());
        return new Outcome(sensor.name(), source.uuid(), error == null, error);
    }

    private MergedAlert update(long zoneId, Function<ZoneState, ItemChanges<MergedAlert>> change, long alertId) {
        ZoneState state = zones.acquire(zoneId);
        try {
            ItemChanges<MergedAlert> changes = change.apply(state);
            try {
                store.inTransaction(connection -> {
                    zones.write(connection, new ZoneDelta(ItemChanges.none(), ItemChanges.none(), changes));
                    return null;
                });
            } catch (RuntimeException e) {
                zones.invalidate(state);
                throw e;
            }
            return state.alerts().alert(alertId);
        } finally {
            zones.release(state);
        }
    }

    private MergedAlert find(long alertId) {
        try (Connection connection = store.connection()) {
            return alerts.byId(connection, alertId)
                    .orElseThrow(() -> new IllegalArgumentException("no alert with id " + alertId));
        } catch (SQLException e) {
            throw new StoreException("cannot read alert " + alertId, e);
        }
    }

    private Optional<SensorRecord> sensor(long id) {
        try (Connection connection = store.connection()) {
            return sensors.byId(connection, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read sensor " + id, e);
        }
    }
}
