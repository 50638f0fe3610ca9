package io.plantwatch.sensor.merge;

import io.plantwatch.detect.Alert;
import io.plantwatch.detect.DetectedEvent;
import io.plantwatch.detect.Detections;
import io.plantwatch.detect.Detector;
import io.plantwatch.detect.EventTypes;
import io.plantwatch.detect.Observation;
import io.plantwatch.detect.Rules;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.model.ApiAlert;
import io.plantwatch.model.ApiDevice;
import io.plantwatch.model.ApiEvent;
import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.evidence.AlertEvidence;
import io.plantwatch.sensor.pipeline.CaptureState;
import io.plantwatch.sensor.pipeline.CaptureStatus;
import io.plantwatch.sensor.pipeline.PipelineSnapshot;
import io.plantwatch.sensor.pipeline.SnapshotMailbox;
import io.plantwatch.sensor.store.BatchWriter;
import io.plantwatch.sensor.store.ChangeBatch;
import io.plantwatch.sensor.store.Rows;
import io.plantwatch.sensor.store.StoreReader;
import io.plantwatch.sensor.store.StoredState;
import io.plantwatch.sensor.store.WriterCommand;
import io.plantwatch.ti.match.IndicatorIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * The writer thread: merges each pipeline snapshot into the in-memory inventory, runs detection,
 * and writes what changed (devices, alerts and events in one transaction, then connections in
 * another); and carries out the API's changes. Being the only
 * writer keeps change cursors in commit order. Counter-only changes (a later last-seen time, more
 * packets) are written every {@link #FULL_FLUSH_MILLIS} and at the end of a replay, so the store
 * never throttles capture. While the pipeline is saturated (it has not waited for input since the
 * last snapshot: a fast replay, a link at the limit of the CPU) connection rows, new ones included,
 * wait for that flush too: they are most of the store's work (150k rows of a fast replay took a
 * core for seconds), while devices, alerts and events are still written at every snapshot and
 * detection still sees every new connection at once. The first snapshot writes everything. A
 * batch the store refuses is kept and written again (with the changes that came after it) until
 * the store takes it, so a failed write delays changes but never loses them. Runs on the thread that calls {@link #run}; other methods are thread-safe.
 */
public final class SensorWriter implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SensorWriter.class);
    static final long FULL_FLUSH_MILLIS = 30_000;
    /**
     * Connections whose flow expired are let go once written; while writes wait (saturated
     * pipeline) they are held, up to this many (some hundreds of MB), so a flood of short flows
     * cannot grow the heap: past it they are written at once.
     */
    static final int MAX_EXPIRED_HELD = 200_000;
    static final long FIRST_RETRY_MILLIS = 250;
    static final long LAST_RETRY_MILLIS = 30_000;

    private final Json json;
    private final SnapshotMailbox mailbox;
    private final CaptureStatus status;
    private final BatchWriter writer;
    private final StoreReader reader;
    private final Detector detector;
    private final DeviceMerger devices;
    private final ConnectionMerger connections;
    private final AlertActions alertActions;
    private final RepeatCounts repeats;
    private final AlertEvidence evidence;
    private final IndicatorWatch indicators;
    private final TrafficWatch traffic;
    private final ConcurrentLinkedQueue<WriterCommand> commands = new ConcurrentLinkedQueue<>();
    private final Set<String> scanners = new HashSet<>();
    private Map<String, Long> deviceIds = new HashMap<>();
    private volatile boolean stopping;
    private volatile long lastSeq;
    private volatile Inventory latest;
    private volatile int deviceCount;
    private volatile int unwrittenCount;
    private volatile long devicesVersion;
    private long nextEventId;
    private long nextAlertId;
    /** 0 before the first snapshot, which is written whole. */
    private long lastFullFlush;
    /** What the store refused so far (null when all is written), and what writing it completes. */
    private ChangeBatch unwritten;
    private long unwrittenPacketNanos;
    private boolean unwrittenEndsReplay;
    private long retryDelay = FIRST_RETRY_MILLIS;
    private long retryAt;

    public SensorWriter(Json json, SnapshotMailbox mailbox, CaptureStatus status, BatchWriter writer,
                        StoreReader reader, Detector detector, StoredState stored) {
        this(json, mailbox, status, writer, reader, detector, stored, null, () -> null, null);
    }

    /**
     * @param evidence keeps each new alert's packets, or null
     * @param indicators the installed TI package's indicators of compromise (null while none):
     *                   asked at every step, so a package applied while running is used at once
     * @param traffic watches live capture for silence, or null (replays end; they do not stop)
     */
    public SensorWriter(Json json, SnapshotMailbox mailbox, CaptureStatus status, BatchWriter writer,
                        StoreReader reader, Detector detector, StoredState stored,
                        AlertEvidence evidence,
                        Supplier<IndicatorIndex> indicators,
                        TrafficWatch traffic) {
        this.evidence = evidence;
        this.traffic = traffic;
        this.indicators = new IndicatorWatch(indicators);
        this.json = json;
        this.mailbox = mailbox;
        this.status = status;
        this.writer = writer;
        this.reader = reader;
        this.detector = detector;
        this.devices = new DeviceMerger(json, stored.devices(), stored.maxDeviceId());
        this.connections = new ConnectionMerger(json, reader::connectionsByKey, stored.maxConnectionId(),
                stored.connectionCount() > 0);
        this.alertActions = new AlertActions(json, reader, detector, devices);
        this.repeats = new RepeatCounts(json, reader);
        this.nextEventId = stored.maxEventId() + 1;
        this.nextAlertId = stored.maxAlertId() + 1;
        this.lastSeq = stored.lastSeq();
        this.deviceCount = devices.activeCount();
    }

    /** Queues a change from the API; its reply completes once written. */
    public void submit(WriterCommand command) {
        if (stopping) {
            command.reply().complete(new WriterCommand.ActionReply(503, "the sensor is shutting down"));
            return;
        }
        commands.add(command);
        mailbox.nudge();
    }

    /** The cursor of the last committed change. */
    public long lastSeq() {
        return lastSeq;
    }

    /** The latest inventory snapshot (protocol statistics for reports), or null. */
    public Inventory latestInventory() {
        return latest;
    }

    public int deviceCount() {
        return deviceCount;
    }

    /** Connection rows in the store. */
    public long storedConnections() {
        return writer.connectionRows();
    }

    /** Alert rows in the store. */
    public long storedAlerts() {
        return writer.alertRows();
    }

    /** A number that grows each time device rows are stored: the API reuses a device list while it stays. */
    public long devicesVersion() {
        return devicesVersion;
    }

    /** Changes the store refused and that wait to be written again (0 when all is stored). */
    public int unwrittenChanges() {
        return unwrittenCount;
    }

    /** Asks the loop to end after writing what is pending. */
    public void stop() {
        stopping = true;
        mailbox.nudge();
    }

    @Override
    public void run() {
        while (true) {
            try {
                runCommands();
                PipelineSnapshot snapshot = mailbox.take(stopping ? 0 : waitMillis());
                if (snapshot != null) {
                    apply(snapshot);
                } else if (latest != null && indicatorsChanged(latest.connections(), List.of())) {
                    sweep(); // capture is idle or over: what was seen meets the new indicators now
                } else if (unwritten != null && (stopping || System.currentTimeMillis() >= retryAt)) {
                    commit(new ChangeBatch(), 0, false);
                }
                watchTraffic();
                if (snapshot == null && stopping) {
                    runCommands();
                    if (unwritten != null) {
                        LOG.error("stopping with {} changes the store did not take", unwritten.size());
                    }
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.error("writing to the store failed", e);
            }
        }
    }

    private void runCommands() throws SQLException {
        WriterCommand command;
        while ((command = commands.poll()) != null) {
            ChangeBatch batch = new ChangeBatch();
            WriterCommand.ActionReply reply;
            try {
                reply = execute(command, batch);
                batch.devices.addAll(devices.takeChanges(false, System.currentTimeMillis()));
                if (!commit(batch, 0, false)) {
                    reply = new WriterCommand.ActionReply(500, "the change is made but the store did not take it"
                            + " yet; it is written again until it does");
                }
            } catch (SQLException | RuntimeException e) {
                LOG.error("a change could not be made", e);
                reply = new WriterCommand.ActionReply(500, "the change could not be made: " + e.getMessage());
            }
            command.reply().complete(reply);
        }
    }

    private WriterCommand.ActionReply execute(WriterCommand command, ChangeBatch batch) throws SQLException {
        long now = System.currentTimeMillis();
        if (command instanceof WriterCommand.AlertAction a) {
            WriterCommand.ActionReply reply = alertActions.apply(a.uuid(), a.action(), batch, now);
            if (reply.ok() && !"Alert was already handled".equals(reply.message()) && !"mute".equals(a.action())) {
                event(batch, status.lastPacketNanos(), EventTypes.ALERT_UPDATED.name(), EventTypes.ALERT_UPDATED.title(),
                        "INFO", "Alert " + a.uuid() + ": " + a.action());
            }
            batch.baselineKeys.addAll(detector.baseline().drainUnsaved());
            return reply;
        }
        if (command instanceof WriterCommand.SetLearning l) {
            detector.baseline().setLearning(l.on());
            batch.settings.put(Settings.LEARNING, Boolean.toString(l.on()));
            return new WriterCommand.ActionReply(200, "learning mode " + (l.on() ? "on" : "off"));
        }
        WriterCommand.RecordEvent e = (WriterCommand.RecordEvent) command;
        event(batch, status.lastPacketNanos(), e.type(), e.title(), e.severity(), e.content());
        return new WriterCommand.ActionReply(200, "recorded");
    }

    private void apply(PipelineSnapshot snapshot) throws SQLException {
        long now = System.currentTimeMillis();
        Inventory inventory = snapshot.inventory();
        latest = inventory;
        DeviceMerger.Result merged = devices.merge(inventory.devices(), detector.baseline().learning(), scanners);
        deviceIds = merged.idByAddress();
        List<Connection> fresh = connections.merge(snapshot.expired(), inventory.connections(), deviceIds);
        indicatorsChanged(inventory.connections(), fresh);
        Detections found = detector.detect(new Observation(inventory.devices(), fresh, snapshot.activities(),
                snapshot.arpClaims(), snapshot.arpSweeps()));
        ChangeBatch batch = new ChangeBatch();
        for (ApiDevice d : merged.created()) {
            event(batch, d.firstSeen() * 1_000_000L, EventTypes.DEVICE_CREATE.name(),
                    EventTypes.DEVICE_CREATE.title(), "INFO", "Device " + d.name() + " (" + d.key() + ") detected");
        }
        record(found, batch, now);
        boolean full = snapshot.last() || stopping || now - lastFullFlush >= FULL_FLUSH_MILLIS;
        if (full) {
            lastFullFlush = now;
        }
        batch.devices.addAll(devices.takeChanges(full, now));
        deviceCount = devices.activeCount();
        // Devices, alerts and events are stored first, in a transaction of their own: connections
        // and their baseline keys are many more rows (150k for 12k devices in the bench capture,
        // a minute of H2 work on a busy machine) and would keep new devices and alerts out of the
        // API until they are all written. A store that refuses the first keeps it for the retry,
        // and the second is added to it (commit), so the order of rows in the store holds.
        ChangeBatch bulk = new ChangeBatch();
        boolean defer = !full && snapshot.saturated() && connections.expiredHeld() <= MAX_EXPIRED_HELD;
        if (!defer) {
            bulk.connections.addAll(connections.takeChanges(full, now));
            bulk.baselineKeys.addAll(detector.baseline().drainUnsaved()); // a key per new connection: bulk too
        }
        commit(batch, 0, false);
        commit(bulk, defer ? 0 : snapshot.lastPacketNanos(), snapshot.last());
    }

    /** New alerts (with their evidence), repeats of open ones and events of a detection step into the batch. */
    private void record(Detections found, ChangeBatch batch, long now) throws SQLException {
        for (Alert a : found.alerts()) {
            if (Rules.PORT_SCAN.equals(a.rule()) || Rules.ADDRESS_SCAN.equals(a.rule())
                    || Rules.PLC_SCAN.equals(a.rule())) {
                scanners.add(a.source());
            }
            if (evidence != null) {
                evidence.keep(a);
            }
            ApiAlert api = AlertMapping.toApi(a, deviceIds, now);
            batch.alerts.add(new Rows.AlertRow(nextAlertId++, a.id(), api.time(), a.rule(), AlertMapping.NEW,
                    a.dedupKey(), a.baselineKey(), json.write(api)));
        }
        repeats.fold(found.repeats(), batch, now);
        for (DetectedEvent e : found.events()) {
            event(batch, e.time(), e.type(), e.title(), e.severity(), e.content());
        }
    }

    /**
     * When the installed indicators changed, hands them to the detector with the connections
     * known so far (those of this step excepted: they are checked as new ones). True when changed.
     */
    private boolean indicatorsChanged(List<Connection> known, List<Connection> fresh) {
        IndicatorIndex changed = indicators.changed();
        if (changed == null) {
            return false;
        }
        Set<Connection> now = new HashSet<>(fresh);
        detector.indicators(changed, known.stream().filter(c -> !now.contains(c)).toList());
        if (!changed.isEmpty()) {
            LOG.info("matching traffic against {} indicators of compromise", changed.size());
        }
        return true;
    }

    /** Raises the "no traffic" alert, or the back-to-normal event, when one is due. */
    private void watchTraffic() throws SQLException {
        if (traffic == null || stopping) {
            return;
        }
        // The pipeline's live count (a snapshot's is older, and none comes while the writer is
        // busy): a busy capture must not look like a quiet one.
        traffic.packets(status.packets());
        Detections found = traffic.check(detector);
        if (!found.alerts().isEmpty() || !found.events().isEmpty()) {
            ChangeBatch batch = new ChangeBatch();
            record(found, batch, System.currentTimeMillis());
            commit(batch, 0, false);
        }
    }

    /** A detection step with no new traffic: the connections seen meet newly installed indicators. */
    private void sweep() throws SQLException {
        Detections found = detector.detect(Observation.NOTHING_NEW);
        ChangeBatch batch = new ChangeBatch();
        record(found, batch, System.currentTimeMillis());
        commit(batch, 0, false);
    }

    /**
     * Writes what the store refused before, then {@code batch}; on failure keeps both for the next
     * attempt (backing off up to {@link #LAST_RETRY_MILLIS}). True when everything is written.
     */
    private boolean commit(ChangeBatch batch, long lastPacketNanos, boolean endsReplay) {
        ChangeBatch all = unwritten == null ? batch : unwritten.then(batch);
        long packetNanos = Math.max(unwrittenPacketNanos, lastPacketNanos);
        boolean ends = unwrittenEndsReplay || endsReplay;
        try {
            lastSeq = writer.write(all);
        } catch (SQLException | RuntimeException e) {
            if (unwritten == null) {
                LOG.error("the store refused {} changes; they are kept and written again", all.size(), e);
            }
            unwritten = all;
            unwrittenCount = all.size();
            unwrittenPacketNanos = packetNanos;
            unwrittenEndsReplay = ends;
            retryAt = System.currentTimeMillis() + retryDelay;
            retryDelay = Math.min(LAST_RETRY_MILLIS, retryDelay * 2);
            return false;
        }
        if (unwritten != null) {
            LOG.info("the store took the {} changes it had refused", all.size());
        }
        if (!all.devices.isEmpty()) {
            devicesVersion++;
        }
        unwritten = null;
        unwrittenCount = 0;
        unwrittenPacketNanos = 0;
        unwrittenEndsReplay = false;
        retryDelay = FIRST_RETRY_MILLIS;
        status.stored(packetNanos);
        if (ends && status.state() == CaptureState.RUNNING) {
            status.state(CaptureState.REPLAY_FINISHED, null);
        }
        return true;
    }

    /** How long to wait for a snapshot: until the next retry when a batch is waiting for the store. */
    private long waitMillis() {
        return unwritten == null ? 250 : Math.max(1, Math.min(250, retryAt - System.currentTimeMillis()));
    }

    private void event(ChangeBatch batch, long timeNanos, String type, String title, String severity, String content) {
        long id = nextEventId++;
        ApiEvent e = AlertMapping.toApi(new DetectedEvent(timeNanos, type, title, severity, content), id);
        batch.events.add(new Rows.EventRow(id, e.timestamp(), type, json.write(e)));
    }
}
