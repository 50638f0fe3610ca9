package io.plantwatch.ui.ti;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.ti.PushHistory;
import io.plantwatch.console.ti.PushListener;
import io.plantwatch.console.ti.PublisherKey;
import io.plantwatch.console.ti.PushTargets;
import io.plantwatch.console.ti.SensorPushResult;
import io.plantwatch.console.ti.TiPushService;
import io.plantwatch.ti.format.Digests;
import io.plantwatch.ti.format.Manifest;
import io.plantwatch.ui.task.BackgroundTask;
import io.plantwatch.ui.task.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The TI screen's state and commands: import a package (checked, with its summary), choose
 * targets (all, a site, a zone), push with per-sensor progress, retry the failed ones, cancel;
 * manage the publisher keys the console trusts. A package is verified against those keys on
 * import and again just before a push (a key may have been removed in between): a tampered
 * package or one from an untrusted publisher is refused with the reason and cannot be pushed.
 * Work runs through the {@link TaskExecutor}; the properties change on the FX thread only.
 */
public final class TiScreenViewModel {
    public enum Target { ALL, SITE, ZONE }

    private record Loaded(byte[] bytes, Manifest manifest, String sha256) {
    }

    private record Trusted(PublisherKey key, List<PublisherKey> all) {
    }

    private final ConsoleServices services;
    private final TiPushService push;
    private final PushHistory history;
    private final TaskExecutor tasks;

    private static final String NONE = "No package imported.";

    private final StringProperty summary = new SimpleStringProperty(NONE);
    private final StringProperty headline = new SimpleStringProperty(NONE);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(Target.ALL);
    private final StringProperty targetName = new SimpleStringProperty("");
    private final BooleanProperty pushing = new SimpleBooleanProperty();
    private final BooleanProperty imported = new SimpleBooleanProperty();
    private final ObservableList<PushRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PublisherKey> keys = FXCollections.observableArrayList();
    private Loaded loaded;
    private Cancellation cancellation = Cancellation.none();

    public TiScreenViewModel(ConsoleServices services, TiPushService push, PushHistory history, TaskExecutor tasks) {
        this.services = services;
        this.push = push;
        this.history = history;
        this.tasks = tasks;
        refreshKeys();
    }

    /** Re-reads the trusted publisher keys (off the FX thread). */
    public void refreshKeys() {
        tasks.execute(BackgroundTask.of("Read trusted TI keys", context -> services.tiPublishers().list())
                .onSuccess(keys::setAll).onFailure(e -> problem.set(e.getMessage())));
    }

    /** Trusts the publisher key in this .pub file (X.509 PEM, as {@code ti keygen} writes it). */
    public void trustKey(Path publicKeyFile) {
        tasks.execute(BackgroundTask.of("Trust TI publisher key", context -> {
            PublisherKey key = services.tiPublishers().add(publicKeyFile);
            return new Trusted(key, services.tiPublishers().list());
        }).onSuccess(result -> {
            keys.setAll(result.all());
            problem.set("");
            if (loaded == null) {
                summary.set("Trusted publisher key " + result.key().keyId() + ". Import the package again.");
            }
        }).onFailure(e -> problem.set("Key refused: " + e.getMessage())));
    }

    /** Stops trusting a key; an imported package signed by it can no longer be pushed. */
    public void untrustKey(String keyId) {
        tasks.execute(BackgroundTask.of("Remove TI publisher key", context -> {
            services.tiPublishers().remove(keyId);
            return services.tiPublishers().list();
        }).onSuccess(all -> {
            keys.setAll(all);
            if (loaded != null && loaded.manifest().keyId().equals(keyId)) {
                show(null);
                problem.set("Key " + keyId + " is no longer trusted: import the package again.");
            }
        }).onFailure(e -> problem.set(e.getMessage())));
    }

    /** Reads and verifies the package off the FX thread; shows its summary or why it was refused. */
    public void importPackage(Path file) {
        tasks.execute(BackgroundTask.of("Import TI package", context -> {
            byte[] bytes = Files.readAllBytes(file);
            Manifest manifest = services.tiPublishers().verify(bytes, List.of()).manifest();
            String sha256 = Digests.sha256(bytes);
            services.tiPackages().imported(manifest, sha256);
            return new Loaded(bytes, manifest, sha256);
        }).onSuccess(l -> {
            show(l);
            problem.set("");
        }).onFailure(e -> {
            show(null);
            problem.set("Refused: " + e.getMessage());
        }));
    }

    private void show(Loaded pkg) {
        loaded = pkg;
        imported.set(pkg != null);
        summary.set(pkg == null ? NONE : summaryOf(pkg.manifest()));
        headline.set(pkg == null ? NONE : "Version " + pkg.manifest().version() + " by " + pkg.manifest().publisher());
    }

    private String summaryOf(Manifest m) {
        Map<String, Integer> c = m.counts();
        return "Version " + m.version() + " by " + m.publisher() + " (signature valid, trusted key " + m.keyId()
                + "; every file intact): "
                + c.getOrDefault("cves", 0) + " CVEs, " + c.getOrDefault("vendors", 0) + " advisory vendors, "
                + c.getOrDefault("oui_organizations", 0) + " OUI vendors, " + c.getOrDefault("techniques", 0)
                + " techniques";
    }

    /** Pushes the imported package to the chosen targets (chosen off the FX thread: it reads the store). */
    public void pushToTargets() {
        boolean all = target.get() == Target.ALL;
        List<String> name = List.of(targetName.get().trim());
        List<String> sites = target.get() == Target.SITE ? name : List.of();
        List<String> zones = target.get() == Target.ZONE ? name : List.of();
        choose(() -> PushTargets.select(services.sensors().list(), all, sites, zones, List.of()), true);
    }

    /** Pushes again to the sensors whose last result was a failure (or cancelled). */
    public void retryFailed() {
        List<String> failed = rows.stream().filter(r -> r.state() == PushRow.State.FAILED
                || r.state() == PushRow.State.CANCELLED).map(PushRow::sensor).toList();
        if (!failed.isEmpty()) {
            choose(() -> PushTargets.select(services.sensors().list(), false, List.of(), List.of(), failed), false);
        }
    }

    private void choose(java.util.concurrent.Callable<List<SensorRecord>> select, boolean newRows) {
        if (loaded == null || pushing.get()) {
            return;
        }
        tasks.execute(BackgroundTask.of("Choose TI push targets", context -> select.call()).onSuccess(targets -> {
            if (newRows) {
                rows.clear();
                targets.forEach(t -> rows.add(new PushRow(t.name())));
            }
            run(targets);
        }).onFailure(e -> problem.set(e.getMessage())));
    }

    public void cancel() {
        cancellation.cancel();
    }

    private void run(List<SensorRecord> targets) {
        Loaded pkg = loaded;
        Map<String, PushRow> bySensor = new HashMap<>();
        rows.forEach(r -> bySensor.put(r.sensor(), r));
        targets.forEach(t -> bySensor.get(t.name()).update(PushRow.State.WAITING, ""));
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        pushing.set(true);
        problem.set("");
        PushListener listener = new PushListener() {
            @Override
            public void started(String sensor) {
                tasks.onUiThread(() -> bySensor.get(sensor).update(PushRow.State.PUSHING, "uploading"));
            }

            @Override
            public void finished(SensorPushResult r) {
                PushRow.State state = r.ok() ? PushRow.State.OK
                        : "cancelled".equals(r.error()) ? PushRow.State.CANCELLED : PushRow.State.FAILED;
                String text = r.ok() ? "TI version " + r.tiVersion() + " (" + r.millis() + " ms)" : r.error();
                tasks.onUiThread(() -> bySensor.get(r.sensor()).update(state, text));
            }
        };
        tasks.execute(BackgroundTask.of("Push TI package", context -> {
            services.tiPublishers().verify(pkg.bytes(), List.of());
            List<SensorPushResult> results = push.push(pkg.bytes(), pkg.manifest().version(), targets, listener, cancel);
            history.record(pkg.bytes(), pkg.manifest().version(), pkg.sha256(), results, System.currentTimeMillis());
            services.sensors().recordTiVersions(SensorPushResult.confirmedVersions(results));
            return results;
        }).onSuccess(r -> pushing.set(false)).onFailure(e -> {
            pushing.set(false);
            problem.set("Push failed: " + e.getMessage());
        }).onCancelled(() -> pushing.set(false)));
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** The imported package in a few words (the screen's subtitle). */
    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public StringProperty targetNameProperty() {
        return targetName;
    }

    public BooleanProperty pushingProperty() {
        return pushing;
    }

    public BooleanProperty importedProperty() {
        return imported;
    }

    public ObservableList<PushRow> rows() {
        return rows;
    }

    /** The trusted publisher keys, oldest first. */
    public ObservableList<PublisherKey> keys() {
        return keys;
    }
}
