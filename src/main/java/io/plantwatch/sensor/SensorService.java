package io.plantwatch.sensor;

import io.plantwatch.capture.FrameSource;
import io.plantwatch.capture.live.LiveCapture;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.detect.Baseline;
import io.plantwatch.detect.Detector;
import io.plantwatch.inventory.classify.StandardClassifier;
import io.plantwatch.sensor.api.ApiServer;
import io.plantwatch.sensor.api.SensorApi;
import io.plantwatch.sensor.api.SensorClock;
import io.plantwatch.sensor.merge.SensorWriter;
import io.plantwatch.sensor.merge.Settings;
import io.plantwatch.sensor.merge.TrafficWatch;
import io.plantwatch.sensor.pipeline.CaptureState;
import io.plantwatch.sensor.pipeline.CaptureStatus;
import io.plantwatch.sensor.pipeline.FrameSources;
import io.plantwatch.sensor.pipeline.Pipeline;
import io.plantwatch.sensor.pipeline.ReplayFiles;
import io.plantwatch.sensor.pipeline.SnapshotMailbox;
import io.plantwatch.sensor.store.BatchWriter;
import io.plantwatch.sensor.store.ChangeBatch;
import io.plantwatch.sensor.store.SensorDatabase;
import io.plantwatch.sensor.store.StoreReader;
import io.plantwatch.sensor.store.StoredState;
import io.plantwatch.sensor.ti.TiPackageStore;
import io.plantwatch.sensor.tls.TlsMaterial;
import io.plantwatch.sensor.tokens.TokenFile;
import io.plantwatch.sensor.tokens.TokenVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * The composition root of a running sensor: store, TLS, tokens, writer, API and pipeline, each on
 * its thread; {@link #close()} stops them in order (capture first, the final write before the store
 * closes). Thread-safe start and stop.
 */
public final class SensorService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SensorService.class);

    private final SensorDatabase database;
    private final SensorWriter writer;
    private final Pipeline pipeline;
    private final ApiServer api;
    private final CaptureStatus capture;
    private final Thread writerThread;
    private final Thread pipelineThread;
    private final TlsMaterial tls;

    private SensorService(SensorDatabase database, SensorWriter writer, Pipeline pipeline, ApiServer api,
                          CaptureStatus capture, TlsMaterial tls) {
        this.database = database;
        this.writer = writer;
        this.pipeline = pipeline;
        this.api = api;
        this.capture = capture;
        this.tls = tls;
        this.writerThread = new Thread(writer, "store-writer");
        this.pipelineThread = new Thread(pipeline, "pipeline");
    }

    /** Opens everything and starts capture; throws with a plain message when something is missing. */
    public static SensorService start(SensorConfig config, String version) throws Exception {
        // The evidence ring: the latest 100,000 frames, at most 64 MiB, for alerts' pcaps.
        io.plantwatch.detect.evidence.PacketRing ring = new io.plantwatch.detect.evidence.PacketRing(100_000, 64L << 20);
        FrameSources sources = config.detection() ? new io.plantwatch.sensor.evidence.EvidenceTap(sources(config), ring)
                : sources(config);
        SensorDatabase database = SensorDatabase.open(config.dataDir());
        try {
            Json json = new Json();
            StoredState stored = StoredState.load(database);
            BatchWriter batches = new BatchWriter(database, stored);
            boolean firstStart = !stored.settings().containsKey(Settings.CREATED);
            boolean learning = firstStart || Boolean.parseBoolean(stored.settings().get(Settings.LEARNING));
            if (firstStart) {
                ChangeBatch batch = new ChangeBatch();
                batch.settings.put(Settings.CREATED, Instant.now().toString());
                batch.settings.put(Settings.LEARNING, "true");
                batch.settings.put(Settings.NAME, config.name());
                batches.write(batch);
                LOG.info("first start: learning mode is on");
            }
            TlsMaterial tls = TlsMaterial.loadOrCreate(config.dataDir(), config.name());
            Baseline baseline = new Baseline(learning, stored.baselineKeys());
            Detector detector = config.detection() ? new Detector(baseline, stored.maxAlertId() + 1)
                    : Detector.disabled(baseline, stored.maxAlertId() + 1);
            if (!config.detection()) {
                LOG.warn("detection is off (--no-detection): no alerts, no evidence");
            }
            detector.reopen(stored.openAlertKeys());
            stored.mutedAlertKeys().forEach(detector::mute); // a mute holds until unmuted, restarts included
            CaptureStatus capture = new CaptureStatus();
            SnapshotMailbox mailbox = new SnapshotMailbox();
            StoreReader reader = new StoreReader(database);
            io.plantwatch.sensor.evidence.AlertEvidence evidence =
                    new io.plantwatch.sensor.evidence.AlertEvidence(ring, config.dataDir());
            TiPackageStore ti = new TiPackageStore(config.dataDir());
            SensorWriter writer = new SensorWriter(json, mailbox, capture, batches, reader, detector, stored, evidence,
                    ti::indicators, config.liveInterface() == null ? null : new TrafficWatch(config.liveInterface(),
                            config.trafficTimeout(), TrafficWatch::systemClock));
            Pipeline pipeline = new Pipeline(sources, DecoderRegistry.standard(), new StandardClassifier(), mailbox,
                    capture, Pipeline.Expiry.DEFAULT);
            SensorClock clock = new SensorClock(capture, config.liveInterface() == null);
            ApiServer api = new ApiServer(config.host(), config.port(), tls,
                    SensorApi.router(config.name(), version, System.currentTimeMillis(), reader, writer, capture,
                            baseline, ti, clock, json, evidence),
                    new TokenVerifier(new TokenFile(config.dataDir())), config.authFailuresPerMinute(), json);
            SensorService service = new SensorService(database, writer, pipeline, api, capture, tls);
            service.writerThread.start();
            api.start();
            service.pipelineThread.start();
            LOG.info("sensor {} listening on https://{}:{}/ (certificate SHA-256 {})", config.name(), config.host(),
                    api.port(), tls.fingerprint());
            return service;
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    private static FrameSources sources(SensorConfig config) throws Exception {
        if (config.liveInterface() == null) {
            return new ReplayFiles(config.replayFiles(), config.speed(), config.loop());
        }
        LiveCapture live = LiveCapture.open(config.liveInterface());
        return new FrameSources() {
            private boolean given;

            @Override
            public FrameSource next() {
                if (given) {
                    return null;
                }
                given = true;
                return live;
            }

            @Override
            public long drops() {
                return live.drops();
            }

            @Override
            public boolean live() {
                return true;
            }
        };
    }

    public int port() {
        return api.port();
    }

    public String fingerprint() {
        return tls.fingerprint();
    }

    public CaptureState captureState() {
        return capture.state();
    }

    /** Blocks until the service is closed from another thread (or the JVM exits). */
    public void awaitTermination() throws InterruptedException {
        writerThread.join();
    }

    @Override
    public void close() {
        pipeline.stop();
        try {
            pipelineThread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.stop();
        try {
            writerThread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            api.close();
        } catch (Exception e) {
            LOG.warn("stopping the API server: {}", e.getMessage());
        }
        if (capture.state() == CaptureState.RUNNING || capture.state() == CaptureState.REPLAY_FINISHED) {
            capture.state(CaptureState.STOPPED, null);
        }
        database.close();
    }
}
