package io.plantwatch.ui.sensors;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.SensorSyncResult;
import io.plantwatch.console.sync.SyncListener;
import io.plantwatch.console.sync.SyncReport;
import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.ConsoleSnapshot;
import io.plantwatch.ui.data.Errors;
import io.plantwatch.ui.task.BackgroundTask;
import io.plantwatch.ui.task.TaskExecutor;
import io.plantwatch.ui.task.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sites & sensors screen's view model: the tree, the selected sensors (and sites and zones),
 * and the bulk actions on them (sync now, remove) running as one background task each with a
 * line per sensor. Removing a selected zone or site removes its sensors, then the zone or site.
 * FX-thread confined.
 */
public final class SensorsViewModel {
    private final ConsoleServices services;
    private final ConsoleData data;
    private final TaskExecutor tasks;
    private final ObservableList<TopologyNode> sites = FXCollections.observableArrayList();
    private final ObservableList<SensorRecord> selected = FXCollections.observableArrayList();
    private final ObservableList<Group> selectedGroups = FXCollections.observableArrayList();
    private final ObservableList<SensorJobRow> jobRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper jobTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper jobRunning = new ReadOnlyBooleanWrapper();
    private TaskHandle job;

    public SensorsViewModel(ConsoleServices services, ConsoleData data, TaskExecutor tasks) {
        this.services = services;
        this.data = data;
        this.tasks = tasks;
        data.snapshotProperty().addListener((observable, old, snapshot) -> rebuild(snapshot));
        rebuild(data.snapshot());
    }

    private void rebuild(ConsoleSnapshot snapshot) {
        sites.setAll(TopologyTree.build(snapshot));
    }

    /** Syncs the selected sensors now, in parallel; each one's line shows how it goes. */
    public TaskHandle syncSelected() {
        return sync(List.copyOf(selected));
    }

    /** Syncs every registered sensor. */
    public TaskHandle syncAll() {
        return sync(data.snapshot().sensors());
    }

    private TaskHandle sync(List<SensorRecord> sensors) {
        if (sensors.isEmpty() || jobRunning.get()) {
            return null;
        }
        Map<String, SensorJobRow> rows = startJob("Sync now", sensors);
        SyncListener listener = new SyncListener() {
            @Override
            public void sensorStarted(String sensor) {
                tasks.onUiThread(() -> row(rows, sensor).running("Connecting"));
            }

            @Override
            public void progress(String sensor, String phase, long items) {
                String text = "merge".equals(phase) ? "Merging " + items + " items" : "Fetched " + items + " items";
                tasks.onUiThread(() -> row(rows, sensor).running(text));
            }

            @Override
            public void sensorFinished(SensorSyncResult result) {
                tasks.onUiThread(() -> row(rows, result.sensor()).finished(result.succeeded(), describe(result)));
            }
        };
        job = tasks.execute(BackgroundTask.of("Syncing " + count(sensors.size()),
                        context -> services.sync().sync(sensors, listener, context.cancellation()))
                .onSuccess(report -> finishSync(report, rows))
                .onFailure(error -> finishJob(rows, "Sync failed: " + Errors.message(error), true))
                .onCancelled(() -> finishJob(rows, "Sync cancelled", true)));
        return job;
    }

    static String describe(SensorSyncResult result) {
        if (!result.succeeded()) {
            return result.health() + ": " + result.error();
        }
        return (result.complete() ? "Full sync: " : "Incremental sync: ") + result.fetched() + " items, "
                + result.devicesChanged() + " devices changed (" + result.millis() + " ms)";
    }

    private void finishSync(SyncReport report, Map<String, SensorJobRow> rows) {
        long failed = report.results().stream().filter(result -> !result.succeeded()).count();
        String text = failed == 0 ? "Synced " + count(report.results().size())
                : "Synced " + (report.results().size() - failed) + " of " + count(report.results().size())
                  + "; " + failed + " failed";
        finishJob(rows, text, failed > 0);
    }

    /** A selected site ({@code zone} null) or zone. */
    public record Group(String site, String zone) {
        String label() {
            return zone == null ? "site " + site : "zone " + site + " / " + zone;
        }
    }

    /**
     * Removes the selected sensors (and what only they reported), one after the other, then the
     * selected zones and sites (zones first: a site goes with its zones).
     */
    public TaskHandle removeSelected() {
        List<SensorRecord> sensors = List.copyOf(selected);
        List<Group> groups = new ArrayList<>(selectedGroups);
        groups.sort(java.util.Comparator.comparing(group -> group.zone() == null));
        if ((sensors.isEmpty() && groups.isEmpty()) || jobRunning.get()) {
            return null;
        }
        Map<String, SensorJobRow> rows = startJob("Remove", sensors);
        groups.forEach(group -> rows.put(group.label(), new SensorJobRow(group.label())));
        jobRows.setAll(rows.values());
        job = tasks.execute(BackgroundTask.of("Removing " + count(sensors.size()), context -> {
                    int removed = 0;
                    for (SensorRecord sensor : sensors) {
                        if (context.isCancelled()) {
                            break;
                        }
                        tasks.onUiThread(() -> row(rows, sensor.name()).running("Removing"));
                        try {
                            services.sensors().remove(sensor.name());
                            removed++;
                            tasks.onUiThread(() -> row(rows, sensor.name()).finished(true, "Removed"));
                        } catch (RuntimeException e) {
                            tasks.onUiThread(() -> row(rows, sensor.name()).finished(false, Errors.message(e)));
                        }
                        context.progress(removed, sensors.size());
                    }
                    return removed + removeGroups(groups, rows, context.cancellation());
                })
                .onSuccess(removed -> finishJob(rows, "Removed " + removed + " of " + rows.size() + " selected",
                        removed < rows.size()))
                .onFailure(error -> finishJob(rows, "Remove failed: " + Errors.message(error), true))
                .onCancelled(() -> finishJob(rows, "Remove cancelled", true)));
        return job;
    }

    private int removeGroups(List<Group> groups, Map<String, SensorJobRow> rows,
                             io.plantwatch.console.sync.Cancellation cancel) {
        int removed = 0;
        for (Group group : groups) {
            if (cancel.isCancelled()) {
                break;
            }
            SensorJobRow line = row(rows, group.label());
            tasks.onUiThread(() -> line.running("Removing"));
            try {
                if (group.zone() == null) {
                    services.topology().removeSite(group.site());
                } else {
                    services.topology().removeZone(group.site(), group.zone());
                }
                removed++;
                tasks.onUiThread(() -> line.finished(true, "Removed"));
            } catch (RuntimeException e) {
                tasks.onUiThread(() -> line.finished(false, Errors.message(e)));
            }
        }
        return removed;
    }

    public void cancelJob() {
        if (job != null) {
            job.cancel();
        }
    }

    private Map<String, SensorJobRow> startJob(String title, List<SensorRecord> sensors) {
        Map<String, SensorJobRow> rows = new LinkedHashMap<>();
        sensors.forEach(sensor -> rows.put(sensor.name(), new SensorJobRow(sensor.name())));
        jobRows.setAll(rows.values());
        jobTitle.set(title + ": " + count(sensors.size()));
        jobRunning.set(true);
        return rows;
    }

    private void finishJob(Map<String, SensorJobRow> rows, String text, boolean problem) {
        rows.values().forEach(SensorJobRow::cancelled);
        jobTitle.set(text);
        jobRunning.set(false);
        if (problem) {
            data.status().warning(text);
        } else {
            data.status().success(text);
        }
        data.reload();
    }

    private static SensorJobRow row(Map<String, SensorJobRow> rows, String sensor) {
        SensorJobRow row = rows.get(sensor);
        if (row == null) {
            throw new IllegalStateException("no job line for sensor " + sensor);
        }
        return row;
    }

    private static String count(long sensors) {
        return sensors == 1 ? "1 sensor" : sensors + " sensors";
    }

    /** Sensors chosen in the tree (the view keeps this in step with the tree's selection). */
    public ObservableList<SensorRecord> selected() {
        return selected;
    }

    /** Sites and zones chosen in the tree (the view keeps this in step with the tree's selection). */
    public ObservableList<Group> selectedGroups() {
        return selectedGroups;
    }

    public BooleanBinding canActOnSelection() {
        return Bindings.createBooleanBinding(() -> !selected.isEmpty() && !jobRunning.get(), selected, jobRunning);
    }

    public BooleanBinding canRemoveSelection() {
        return Bindings.createBooleanBinding(() -> (!selected.isEmpty() || !selectedGroups.isEmpty())
                && !jobRunning.get(), selected, selectedGroups, jobRunning);
    }

    /** Exactly one sensor is selected (and no site or zone): it can be edited. */
    public BooleanBinding canEditSelection() {
        return Bindings.createBooleanBinding(() -> selected.size() == 1 && selectedGroups.isEmpty()
                && !jobRunning.get(), selected, selectedGroups, jobRunning);
    }

    public ObservableList<TopologyNode> sites() {
        return sites;
    }

    public ObservableList<SensorJobRow> jobRows() {
        return jobRows;
    }

    public ReadOnlyStringProperty jobTitleProperty() {
        return jobTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty jobRunningProperty() {
        return jobRunning.getReadOnlyProperty();
    }

    /** The sensors of the latest snapshot with these names (for selecting from a list of names). */
    public List<SensorRecord> sensorsNamed(List<String> names) {
        List<SensorRecord> found = new ArrayList<>();
        for (SensorRecord sensor : data.snapshot().sensors()) {
            if (names.contains(sensor.name())) {
                found.add(sensor);
            }
        }
        return found;
    }
}
