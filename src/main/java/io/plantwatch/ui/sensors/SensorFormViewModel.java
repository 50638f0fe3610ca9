package io.plantwatch.ui.sensors;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.sensors.SensorEdit;
import io.plantwatch.console.sensors.SensorRegistry;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.ui.data.ConsoleData;
import io.plantwatch.ui.data.Errors;
import io.plantwatch.ui.support.Formats;
import io.plantwatch.ui.task.BackgroundTask;
import io.plantwatch.ui.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * The sensor form. Adding goes in two steps as SSH does it: connect and show the certificate's
 * SHA-256 fingerprint, then (once the user confirmed it) register the sensor pinned to that
 * certificate and sync it. Editing ({@link #editing}) changes name, zone, URL or token; a new URL
 * needs its certificate shown and confirmed again, a blank token keeps the stored one. Network
 * work runs in the background. FX-thread confined.
 */
public final class SensorFormViewModel {
    private final ConsoleServices services;
    private final ConsoleData data;
    private final TaskExecutor tasks;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("https://");
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty site = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<SensorRegistry.Probe> probe = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private SensorRecord original;

    public SensorFormViewModel(ConsoleServices services, ConsoleData data, TaskExecutor tasks) {
        this.services = services;
        this.data = data;
        this.tasks = tasks;
        url.addListener((observable, old, value) -> probe.set(null));
    }

    /** Turns this form into the edit form of {@code sensor}, filled with what is registered. */
    public SensorFormViewModel editing(SensorRecord sensor) {
        original = sensor;
        name.set(sensor.name());
        url.set(sensor.url());
        site.set(sensor.siteName());
        zone.set(sensor.zoneName());
        token.set("");
        return this;
    }

    /** Whether this form edits a registered sensor (else it adds one). */
    public boolean isEditing() {
        return original != null;
    }

    private boolean urlChanged() {
        return original == null || !original.url().equals(url.get() == null ? "" : url.get().strip());
    }

    /** Step 1: connects to the sensor and shows the certificate it presents. */
    public void probe() {
        String target = url.get();
        busy.set(true);
        problem.set("");
        tasks.execute(BackgroundTask.of("Connecting to " + target, context -> services.sensors().probe(target))
                .onSuccess(result -> {
                    busy.set(false);
                    probe.set(result);
                })
                .onFailure(error -> {
                    busy.set(false);
                    problem.set("Cannot reach the sensor: " + Errors.message(error));
                }));
    }

    /**
     * Step 2: registers the sensor pinned to the fingerprint shown (refused if the sensor now
     * presents another certificate), or saves the edit; then syncs it. {@code done} gets the sensor.
     */
    public void add(Consumer<SensorRecord> done) {
        SensorRegistry.Probe confirmed = probe.get();
        if (!canAdd().get()) {
            return;
        }
        String sensorName = name.get();
        if (original == null) {
            String sensorUrl = url.get();
            String sensorToken = token.get();
            String sensorSite = site.get();
            String sensorZone = zone.get();
            storeAndSync("Adding sensor " + sensorName, "Added sensor %s to %s / %s",
                    () -> services.sensors().add(sensorName, sensorUrl, sensorToken, sensorSite, sensorZone,
                            confirmed.fingerprint()), done);
        } else {
            String before = original.name();
            SensorEdit edit = new SensorEdit(sensorName, url.get(), token.get(), site.get(), zone.get(),
                    confirmed == null ? null : confirmed.fingerprint());
            // A move to another zone makes this sync read everything again.
            storeAndSync("Saving sensor " + before, "Saved sensor %s in %s / %s",
                    () -> services.sensors().edit(before, edit), done);
        }
    }

    /** Adds or changes the sensor in the registry (off the FX thread). */
    @FunctionalInterface
    private interface RegistryChange {
        SensorRecord apply() throws Exception;
    }

    /** Runs {@code change}, then syncs the sensor, in the background; reports as {@code success}. */
    private void storeAndSync(String title, String success, RegistryChange change, Consumer<SensorRecord> done) {
        busy.set(true);
        problem.set("");
        tasks.execute(BackgroundTask.of(title, context -> {
                    SensorRecord sensor = change.apply();
                    context.message("Syncing " + sensor.name());
                    services.sync().sync(java.util.List.of(sensor), io.plantwatch.console.sync.SyncListener.NONE,
                            context.cancellation());
                    return sensor;
                })
                .onSuccess(sensor -> {
                    busy.set(false);
                    data.status().success(String.format(success, sensor.name(), sensor.siteName(),
                            sensor.zoneName()));
                    data.reload();
                    done.accept(sensor);
                })
                .onFailure(error -> {
                    busy.set(false);
                    problem.set(Errors.message(error));
                }));
    }

    /** The form is complete enough to connect. */
    public BooleanBinding canProbe() {
        return Bindings.createBooleanBinding(() -> !busy.get() && url.get() != null
                && url.get().strip().length() > "https://".length(), url, busy);
    }

    /**
     * The fingerprint was shown (when adding, or when an edit changed the URL) and the rest of the
     * form is filled in (an edit may leave the token blank to keep it).
     */
    public BooleanBinding canAdd() {
        return Bindings.createBooleanBinding(() -> !busy.get() && (probe.get() != null || !urlChanged())
                && filled(name) && (filled(token) || original != null) && filled(site) && filled(zone),
                busy, probe, name, token, site, zone, url);
    }

    private static boolean filled(StringProperty property) {
        return property.get() != null && !property.get().isBlank();
    }

    /** The fingerprint in the form users compare (colon-separated hex), or empty. */
    public String fingerprintText() {
        return probe.get() == null ? "" : probe.get().fingerprint().toString();
    }

    public String certificateText() {
        SensorRegistry.Probe current = probe.get();
        return current == null ? "" : current.subject() + ", valid until " + Formats.time(current.notAfter());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public StringProperty siteProperty() {
        return site;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public ReadOnlyObjectProperty<SensorRegistry.Probe> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
