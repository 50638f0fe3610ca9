package io.plantwatch.console;

import io.plantwatch.console.alerts.AlertService;
import io.plantwatch.console.inventory.InventoryService;
import io.plantwatch.console.jobs.BulkAlertHandling;
import io.plantwatch.console.sensors.CertificateProbe;
import io.plantwatch.console.sensors.SensorRegistry;
import io.plantwatch.console.sensors.TokenStore;
import io.plantwatch.console.store.AlertRepository;
import io.plantwatch.console.store.AuditRepository;
import io.plantwatch.console.store.ConnectionRepository;
import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.console.store.DeviceEditRepository;
import io.plantwatch.console.store.DeviceRepository;
import io.plantwatch.console.store.SensorRepository;
import io.plantwatch.console.store.TopologyRepository;
import io.plantwatch.console.store.ZoneStates;
import io.plantwatch.console.sync.AlertPropagation;
import io.plantwatch.console.sync.SensorClients;
import io.plantwatch.console.sync.SyncOptions;
import io.plantwatch.console.sync.SyncService;
import io.plantwatch.console.store.TiRepository;
import io.plantwatch.console.ti.KnownTiPackages;
import io.plantwatch.console.ti.TrustedPublishers;
import io.plantwatch.console.topology.TopologyService;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The console's composition root: opens the store in a data directory and wires every service
 * the CLI and the GUI call. No JavaFX here. Thread-safe (every service is); close it once, when
 * the console exits. Open one per data directory: it keeps the zones' merge state in memory and
 * hands out the store's ids, so two instances on one store would disagree (another process cannot
 * open it at all: the file is locked).
 */
public final class ConsoleServices implements AutoCloseable {
    /** {@code ~/.plantwatch}, the default data directory. */
    public static Path defaultDataDirectory() {
        return Path.of(System.getProperty("user.home"), ".plantwatch");
    }

    private final ConsoleStore store;
    private final TopologyService topology;
    private final SensorRegistry sensors;
    private final SyncService sync;
    private final InventoryService inventory;
    private final AlertService alerts;
    private final BulkAlertHandling bulkAlertHandling;
    private final TrustedPublishers tiPublishers;
    private final KnownTiPackages tiPackages;

    private ConsoleServices(ConsoleStore store, SyncOptions options, Clock clock) {
        this.store = store;
        TopologyRepository topologyRepository = new TopologyRepository();
        SensorRepository sensorRepository = new SensorRepository();
        DeviceRepository deviceRepository = new DeviceRepository();
        ConnectionRepository connectionRepository = new ConnectionRepository();
        AlertRepository alertRepository = new AlertRepository();
        TokenStore tokens = new TokenStore(store.dataDirectory());
        ZoneStates zones = new ZoneStates(store, deviceRepository, connectionRepository, alertRepository);
        SensorClients clients = new SensorClients(tokens, options.retry());
        AlertPropagation propagation = new AlertPropagation(store, sensorRepository, alertRepository, zones, clock);
        this.topology = new TopologyService(store, topologyRepository, zones, clock);
        this.sensors = new SensorRegistry(store, sensorRepository, topology, tokens, zones,
                new CertificateProbe(Duration.ofSeconds(10)), clock);
        this.sync = new SyncService(store, sensorRepository, zones, clients, propagation, options, clock);
        this.inventory = new InventoryService(store, deviceRepository, connectionRepository, sensorRepository,
                topologyRepository, new DeviceEditRepository(), new AuditRepository(), clock, actor());
        this.alerts = new AlertService(store, alertRepository, sensorRepository, topologyRepository, propagation,
                clients);
        this.bulkAlertHandling = new BulkAlertHandling(alerts);
        TiRepository tiRepository = new TiRepository();
        this.tiPublishers = new TrustedPublishers(store, tiRepository, clock, actor());
        this.tiPackages = new KnownTiPackages(store, tiRepository, clock);
    }

    /** Who edits are audited as: the console is a desktop application of the user running it. */
    private static String actor() {
        return System.getProperty("user.name", "unknown");
    }

    public static ConsoleServices open(Path dataDirectory) {
        return open(dataDirectory, SyncOptions.DEFAULT, Clock.systemUTC());
    }

    public static ConsoleServices open(Path dataDirectory, SyncOptions options, Clock clock) {
        ConsoleStore store = ConsoleStore.open(dataDirectory);
        try {
            return new ConsoleServices(store, options, clock);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public ConsoleStore store() {
        return store;
    }

    public TopologyService topology() {
        return topology;
    }

    public SensorRegistry sensors() {
        return sensors;
    }

    public SyncService sync() {
        return sync;
    }

    public InventoryService inventory() {
        return inventory;
    }

    public AlertService alerts() {
        return alerts;
    }

    public BulkAlertHandling bulkAlertHandling() {
        return bulkAlertHandling;
    }

    /** The TI publisher keys this console verifies packages against. */
    public TrustedPublishers tiPublishers() {
        return tiPublishers;
    }

    /** The TI packages imported here (for the newest version the sensor list compares against). */
    public KnownTiPackages tiPackages() {
        return tiPackages;
    }

    @Override
    public void close() {
        store.close();
    }
}
