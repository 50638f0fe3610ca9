package io.plantwatch.console.alerts;

import io.plantwatch.console.inventory.SensorNames;
import io.plantwatch.console.merge.AlertSource;
import io.plantwatch.console.merge.MergedAlert;
import io.plantwatch.console.store.AlertRepository;
import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.SensorRepository;
import io.plantwatch.console.store.StoreException;
import io.plantwatch.console.store.TopologyRepository;
import io.plantwatch.console.store.Zone;
import io.plantwatch.console.sync.AlertPropagation;
import io.plantwatch.console.sync.SensorClients;
import io.plantwatch.model.ApiAlertAction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Merged alerts, and handling them: the action is recorded in the console and handed on to every
 * sensor that raised the alert ({@code PUT /api/v1/alerts/{uuid}}). Thread-safe.
 */
public final class AlertService {
    /** The alert after handling, and what each sensor made of it. */
    public record HandleResult(AlertView alert, List<AlertPropagation.Outcome> outcomes) {
    }

    private static final Set<String> ACTIONS = Set.of(ApiAlertAction.HANDLE, ApiAlertAction.HANDLE_AND_LEARN,
            ApiAlertAction.MUTE);

    private final ConsoleStore store;
    private final AlertRepository alerts;
    private final SensorRepository sensors;
    private final TopologyRepository topology;
    private final AlertPropagation propagation;
    private final SensorClients clients;

    public AlertService(ConsoleStore store, AlertRepository alerts, SensorRepository sensors,
                        TopologyRepository topology, AlertPropagation propagation, SensorClients clients) {
        this.store = store;
        this.alerts = alerts;
        this.sensors = sensors;
        this.topology = topology;
        this.propagation = propagation;
        this.clients = clients;
    }

    /** Alerts of one zone (all zones when null), newest first. */
    public List<AlertView> alerts(Zone zone) {
        try (Connection connection = store.connection()) {
            SensorNames names = new SensorNames(sensors.all(connection), topology.zones(connection));
            List<AlertView> views = new ArrayList<>();
            for (MergedAlert alert : alerts.list(connection, zone == null ? null : zone.id())) {
                views.add(view(alert, names));
            }
            return views;
        } catch (SQLException e) {
            throw new StoreException("cannot read alerts", e);
        }
    }

    /**
     * Handles one alert: records {@code action} (handle, handleAndLearn or mute) and delivers it to
     * the sensors that raised the alert. A sensor that cannot be reached gets it after its next sync.
     */
    public HandleResult handle(long alertId, String action) {
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("unknown alert action " + action + " (use one of " + ACTIONS + ")");
        }
        propagation.record(alertId, action);
        List<AlertPropagation.Outcome> outcomes = propagation.deliver(alertId, clients);
        return new HandleResult(alert(alertId), outcomes);
    }

    public AlertView alert(long alertId) {
        try (Connection connection = store.connection()) {
            SensorNames names = new SensorNames(sensors.all(connection), topology.zones(connection));
            MergedAlert alert = alerts.byId(connection, alertId)
                    .orElseThrow(() -> new IllegalArgumentException("no alert with id " + alertId));
            return view(alert, names);
        } catch (SQLException e) {
            throw new StoreException("cannot read alert " + alertId, e);
        }
    }

    static AlertView view(MergedAlert alert, SensorNames names) {
        List<AlertView.SourceView> sources = new ArrayList<>();
        java.util.TreeSet<String> techniques = new java.util.TreeSet<>();
        long occurrences = 1;
        Long lastSeen = null;
        for (AlertSource source : alert.sources()) {
            techniques.addAll(source.techniques());
            sources.add(new AlertView.SourceView(names.sensor(source.sensor()), source.uuid(), source.handled(),
                    source.status(), source.propagated(), source.propagationError(), source.occurrences()));
            if (source.occurrences() != null) {
                occurrences = Math.max(occurrences, source.occurrences());
            }
            if (source.lastSeen() != null) {
                lastSeen = lastSeen == null ? source.lastSeen() : Math.max(lastSeen, source.lastSeen());
            }
        }
        return new AlertView(alert.id(), alert.time(), alert.title(), alert.message(), alert.severity(),
                alert.engine(), alert.sourceAddress(), alert.destinationAddress(), names.zone(alert.zoneId()),
                names.site(alert.zoneId()), alert.handled(), alert.consoleAction(), alert.consoleHandledAt(),
                names.sensors(alert.sensors()), sources, List.copyOf(techniques), occurrences, lastSeen);
    }
}
