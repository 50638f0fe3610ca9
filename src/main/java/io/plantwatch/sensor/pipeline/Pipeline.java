package io.plantwatch.sensor.pipeline;

import io.plantwatch.capture.CaptureProblem;
import io.plantwatch.capture.Frame;
import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.FrameSource;
import io.plantwatch.capture.live.IdleListener;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.DeviceClassifier;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.inventory.InventoryBuilder;
import io.plantwatch.inventory.TrafficCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;

/**
 * The sensor's capture pipeline, one thread for live capture and replay alike: frames go through
 * the same {@link TrafficCollector} as {@code analyze}; now and then ({@link SnapshotSchedule}) it
 * builds an inventory snapshot on this thread and hands it to the writer, never waiting for it,
 * and builds none while the writer is still busy with the previous one.
 * Flows idle for long are expired into connection totals once the flow table is large, so memory
 * stays bounded. Runs on the thread that calls {@link #run}; {@link #stop} is safe from any thread.
 */
public final class Pipeline implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    /** Frames between looks at the clock: a replay as fast as possible, live capture. */
    private static final int CLOCK_CHECK_EVERY = 1024;
    private static final int LIVE_CLOCK_CHECK_EVERY = 64;

    /** When flows expire: above {@code flowLimit} flows, those idle for {@code idleNanos} of capture time. */
    public record Expiry(int flowLimit, long idleNanos) {
        public static final Expiry DEFAULT = new Expiry(50_000, 300_000_000_000L);
    }

    private final FrameSources sources;
    private final TrafficCollector collector;
    private final InventoryBuilder builder;
    private final SnapshotMailbox mailbox;
    private final CaptureStatus status;
    private final Expiry expiry;
    private final IdleFlowExpiry idleFlows;
    private final Pacer pacer;
    private volatile boolean stopping;
    private volatile FrameSource current;
    private SnapshotSchedule schedule;
    private long decodeErrors;

    public Pipeline(FrameSources sources, DecoderRegistry decoders, DeviceClassifier classifier, SnapshotMailbox mailbox,
                    CaptureStatus status, Expiry expiry) {
        this.sources = sources;
        this.collector = new TrafficCollector(decoders);
        this.builder = new InventoryBuilder(classifier);
        this.mailbox = mailbox;
        this.status = status;
        this.expiry = expiry;
        this.idleFlows = new IdleFlowExpiry(expiry);
        this.pacer = new Pacer(sources.speed());
    }

    @Override
    public void run() {
        status.state(CaptureState.RUNNING, null);
        schedule = SnapshotSchedule.forCurrentThread();
        String failure = null;
        try {
            FrameSource next;
            while (!stopping && (next = sources.next()) != null) {
                current = next;
                pacer.restart();
                long packetsBefore = collector.packets();
                long started = System.nanoTime();
                try (FrameSource source = next) {
                    source.forEach(new Handler());
                }
                current = null;
                if (!sources.live()) {
                    LOG.info("replayed {}: {} packets in {} ms", next.name(), collector.packets() - packetsBefore,
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
        } catch (IOException e) {
            failure = e.getMessage();
            LOG.error("capture failed: {}", failure);
        } catch (RuntimeException e) {
            failure = "capture failed: " + e;
            LOG.error("capture failed", e);
        }
        snapshot(true);
        if (failure != null) {
            status.state(CaptureState.FAILED, failure);
        }
        if (decodeErrors > 0) {
            LOG.warn("{} frames could not be processed (decoder errors)", decodeErrors);
        }
    }

    /** Asks the pipeline to finish soon: the current source stops and a last snapshot is taken. */
    public void stop() {
        stopping = true;
        FrameSource s = current;
        if (s != null) {
            s.stop();
        }
    }

    /**
     * The writer is still busy with the last snapshot, so a new one would be built for nothing (it
     * would wait, and be replaced by the one after unseen): in a fast replay the writer is often
     * far behind. Not when the flow table has grown past twice its limit, though: only a snapshot
     * expires flows, and memory must stay bounded however slow the store is.
     */
    private boolean writerBehind() {
        return mailbox.writerBehind() && collector.flowCount() <= 2L * expiry.flowLimit();
    }

    private void snapshot(boolean last) {
        long cpuBefore = schedule.cpuNow();
        List<Connection> expired = idleFlows.drain(collector);
        long cpuExpired = schedule.cpuNow();
        Inventory inventory = builder.build(collector);
        status.counters(collector.packets(), sources.drops());
        mailbox.put(new PipelineSnapshot(inventory, collector.drainActivities(), expired, collector.arpClaims(),
                collector.arpSweeps(), collector.packets(), collector.bytes(), sources.drops(), collector.lastSeen(),
                last, !schedule.hasWaited()));
        schedule.taken(cpuBefore);
        if (LOG.isDebugEnabled()) {
            LOG.debug("snapshot{}: {} flows, {} expired since the last; CPU {} ms expiring, {} ms in all", last ? " (last)" : "",
                    collector.flowCount(), expired.size(), (cpuExpired - cpuBefore) / 1_000_000,
                    (schedule.cpuNow() - cpuBefore) / 1_000_000);
        }
    }

    private final class Handler implements FrameHandler, IdleListener {
        private final int checkEvery = sources.speed() > 0 ? 1 : sources.live() ? LIVE_CLOCK_CHECK_EVERY
                : CLOCK_CHECK_EVERY;
        private int count;

        @Override
        public void onFrame(Frame frame) {
            try {
                if (pacer.await(frame.timestampNanos())) {
                    schedule.waited();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                return;
            }
            try {
                collector.onFrame(frame);
            } catch (RuntimeException e) {
                // A decoder must never throw; if one does, the frame is lost, not the sensor.
                if (decodeErrors++ == 0) {
                    LOG.error("a frame could not be processed", e);
                }
            }
            if (++count >= checkEvery) {
                count = 0;
                // The count moves on while no snapshot is taken (the writer may be behind for long).
                status.captured(collector.packets());
                idleFlows.check(collector);
                if (schedule.due(writerBehind())) {
                    snapshot(false);
                }
            }
        }

        @Override
        public void onIdle() {
            status.captured(collector.packets());
            schedule.waited();
            if (schedule.due(writerBehind())) {
                snapshot(false);
            }
        }

        @Override
        public void onProblem(CaptureProblem problem) {
            collector.onProblem(problem);
            LOG.warn("{}", problem);
        }
    }
}
