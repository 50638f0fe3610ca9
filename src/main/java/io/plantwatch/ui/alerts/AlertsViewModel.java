package io.plantwatch.ui.alerts;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.alerts.AlertService;
import io.plantwatch.console.jobs.JobListener;
import io.plantwatch.console.sync.AlertPropagation;
import io.plantwatch.model.ApiAlertAction;
import io.plantwatch.ui.data.AlertRow;
import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.Errors;
import io.plantwatch.ui.data.Severity;
import io.plantwatch.ui.task.BackgroundTask;
import io.plantwatch.ui.task.TaskExecutor;
import io.plantwatch.ui.task.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The alerts screen's view model: merged alerts through filters (severity, engine, status, zone,
 * sensor, time, text) into a sorted list, the selection's detail, and the handle / learn / mute
 * actions, which the console service records and hands on to the sensors that raised the alert.
 * FX-thread confined.
 */
public final class AlertsViewModel {
    /** Newest first, the most severe first among alerts of the same time. */
    public static final Comparator<AlertRow> DEFAULT_ORDER = Comparator.comparingLong(AlertRow::time).reversed()
            .thenComparing(AlertRow::severity);

    private final ConsoleServices services;
    private final ConsoleData data;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final FilteredList<AlertRow> filtered;
    private final SortedList<AlertRow> sorted;
    private final ObservableList<Severity> severities = FXCollections.observableArrayList();
    private final ObservableList<String> engines = FXCollections.observableArrayList();
    private final ObservableList<String> zones = FXCollections.observableArrayList();
    private final ObservableList<String> sensors = FXCollections.observableArrayList();
    private final ObservableList<String> engineChoices = FXCollections.observableArrayList();
    private final ObservableList<String> zoneChoices = FXCollections.observableArrayList();
    private final ObservableList<String> sensorChoices = FXCollections.observableArrayList();
    private final ObjectProperty<AlertStatusFilter> status = new SimpleObjectProperty<>(AlertStatusFilter.OPEN);
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(TimeWindow.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AlertRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<AlertRow> chosen = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper open = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper handling = new ReadOnlyBooleanWrapper();
    private final AlertDetailViewModel detail;

    public AlertsViewModel(ConsoleServices services, ConsoleData data, TaskExecutor tasks, Clock clock) {
        this.services = services;
        this.data = data;
        this.tasks = tasks;
        this.clock = clock;
        this.filtered = new FilteredList<>(data.alerts());
        this.sorted = new SortedList<>(filtered, DEFAULT_ORDER);
        this.detail = new AlertDetailViewModel(data);
        ListChangeListener<Object> refilter = change -> refilter();
        severities.addListener(refilter);
        engines.addListener(refilter);
        zones.addListener(refilter);
        sensors.addListener(refilter);
        status.addListener((observable, old, value) -> refilter());
        window.addListener((observable, old, value) -> refilter());
        search.addListener((observable, old, value) -> refilter());
        filtered.addListener((ListChangeListener<AlertRow>) change -> shown.set(filtered.size()));
        data.alerts().addListener((ListChangeListener<AlertRow>) change -> {
            offerChoices();
            count();
            AlertRow current = selected.get();
            if (current != null) {
                selected.set(data.alerts().stream().filter(row -> row.id() == current.id()).findFirst().orElse(null));
            }
        });
        selected.addListener((observable, old, row) -> detail.show(row));
        offerChoices();
        count();
        refilter();
    }

    private void count() {
        total.set(data.alerts().size());
        open.set((int) data.alerts().stream().filter(AlertRow::isOpen).count());
    }

    private void offerChoices() {
        TreeSet<String> engineSet = new TreeSet<>();
        TreeSet<String> zoneSet = new TreeSet<>();
        TreeSet<String> sensorSet = new TreeSet<>();
        for (AlertRow row : data.alerts()) {
            if (row.engine() != null) {
                engineSet.add(row.engine());
            }
            zoneSet.add(zoneOf(row));
            sensorSet.addAll(row.sensors());
        }
        engineChoices.setAll(engineSet);
        zoneChoices.setAll(zoneSet);
        sensorChoices.setAll(sensorSet);
    }

    static String zoneOf(AlertRow row) {
        return row.site() + " / " + row.zone();
    }

    private void refilter() {
        filtered.setPredicate(predicate());
        shown.set(filtered.size());
    }

    Predicate<AlertRow> predicate() {
        Set<Severity> severitySet = new HashSet<>(severities);
        Set<String> engineSet = new HashSet<>(engines);
        Set<String> zoneSet = new HashSet<>(zones);
        Set<String> sensorSet = new HashSet<>(sensors);
        AlertStatusFilter statusFilter = status.get() == null ? AlertStatusFilter.ALL : status.get();
        TimeWindow timeWindow = window.get() == null ? TimeWindow.ALL : window.get();
        long now = clock.millis();
        String query = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        String[] terms = query.isEmpty() ? new String[0] : query.split("\\s+");
        return row -> {
            if (!severitySet.isEmpty() && !severitySet.contains(row.severity())) {
                return false;
            }
            if (!engineSet.isEmpty() && !engineSet.contains(row.engine())) {
                return false;
            }
            if (!zoneSet.isEmpty() && !zoneSet.contains(zoneOf(row))) {
                return false;
            }
            if (!sensorSet.isEmpty() && row.sensors().stream().noneMatch(sensorSet::contains)) {
                return false;
            }
            if (!statusFilter.matches(row) || !timeWindow.contains(row.time(), now)) {
                return false;
            }
            for (String term : terms) {
                if (!row.searchText().contains(term)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Handles the chosen alerts (or the selected one) with {@code action}: handle, handleAndLearn or mute. */
    public TaskHandle handleChosen(String action) {
        List<Long> ids = new ArrayList<>();
        chosen.forEach(row -> ids.add(row.id()));
        if (ids.isEmpty() && selected.get() != null) {
            ids.add(selected.get().id());
        }
        if (ids.isEmpty() || handling.get()) {
            return null;
        }
        handling.set(true);
        String verb = verb(action);
        return tasks.execute(BackgroundTask.of(verb + " " + count(ids.size()), context -> services.bulkAlertHandling()
                        .run(ids, action, new JobListener() {
                            @Override
                            public void progress(long done, long total) {
                                context.progress(done, total);
                            }
                        }, context.cancellation()))
                .onSuccess(results -> {
                    handling.set(false);
                    report(verb, results);
                    data.reload();
                })
                .onFailure(error -> {
                    handling.set(false);
                    data.status().error(verb + " failed: " + Errors.message(error));
                    data.reload();
                })
                .onCancelled(() -> {
                    handling.set(false);
                    data.reload();
                }));
    }

    private void report(String verb, List<AlertService.HandleResult> results) {
        List<String> undelivered = new ArrayList<>();
        for (AlertService.HandleResult result : results) {
            for (AlertPropagation.Outcome outcome : result.outcomes()) {
                if (!outcome.delivered()) {
                    undelivered.add(outcome.sensor());
                }
            }
        }
        String text = verb + " " + count(results.size());
        if (undelivered.isEmpty()) {
            data.status().success(text + "; the sensors were told");
        } else {
            data.status().warning(text + "; not yet delivered to " + String.join(", ", new TreeSet<>(undelivered))
                    + " (retried at the next sync)");
        }
    }

    static String verb(String action) {
        switch (action) {
            case ApiAlertAction.HANDLE_AND_LEARN:
                return "Handled and learned";
            case ApiAlertAction.MUTE:
                return "Muted";
            default:
                return "Handled";
        }
    }

    private static String count(int alerts) {
        return alerts == 1 ? "1 alert" : alerts + " alerts";
    }

    public void clearFilters() {
        severities.clear();
        engines.clear();
        zones.clear();
        sensors.clear();
        status.set(AlertStatusFilter.ALL);
        window.set(TimeWindow.ALL);
        search.set("");
    }

    public BooleanBinding canHandle() {
        return Bindings.createBooleanBinding(() -> !handling.get() && (selected.get() != null || !chosen.isEmpty()),
                handling, selected, chosen);
    }

    public SortedList<AlertRow> rows() {
        return sorted;
    }

    public ObservableList<Severity> severities() {
        return severities;
    }

    public ObservableList<String> engines() {
        return engines;
    }

    public ObservableList<String> zones() {
        return zones;
    }

    public ObservableList<String> sensors() {
        return sensors;
    }

    public ObservableList<String> engineChoices() {
        return engineChoices;
    }

    public ObservableList<String> zoneChoices() {
        return zoneChoices;
    }

    public ObservableList<String> sensorChoices() {
        return sensorChoices;
    }

    public ObjectProperty<AlertStatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<AlertRow> selectedProperty() {
        return selected;
    }

    /** The rows chosen for a bulk action (the table's multiple selection). */
    public ObservableList<AlertRow> chosen() {
        return chosen;
    }

    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty handlingProperty() {
        return handling.getReadOnlyProperty();
    }

    public AlertDetailViewModel detail() {
        return detail;
    }
}
