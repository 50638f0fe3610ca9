package io.plantwatch.analysis;

import io.plantwatch.capture.CaptureException;
import io.plantwatch.capture.CaptureFiles;
import io.plantwatch.capture.CaptureProblem;
import io.plantwatch.capture.Frame;
import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.FrameSource;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.inventory.DeviceClassifier;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.inventory.InventoryBuilder;
import io.plantwatch.inventory.TrafficCollector;
import io.plantwatch.inventory.classify.StandardClassifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One-shot passive analysis of capture files: all files feed one inventory, in the order given.
 * A file that cannot be read is reported and skipped; damage inside a file is reported and what
 * could be read is kept. Thread-safe: every call has its own state.
 */
public final class Analyzer {
    private static final int PROGRESS_EVERY = 1 << 16;

    private final DecoderRegistry decoders;
    private final DeviceClassifier classifier;
    private final boolean detection;

    public Analyzer(DecoderRegistry decoders, DeviceClassifier classifier) {
        this(decoders, classifier, true);
    }

    private Analyzer(DecoderRegistry decoders, DeviceClassifier classifier, boolean detection) {
        this.decoders = decoders;
        this.classifier = classifier;
        this.detection = detection;
    }

    /** The same analysis without alert rules (the report has no alerts): the benchmark's baseline. */
    public Analyzer withoutDetection() {
        return new Analyzer(decoders, classifier, false);
    }

    /** Every decoder and the standard classifier. */
    public static Analyzer standard() {
        return new Analyzer(DecoderRegistry.standard(), new StandardClassifier());
    }

    public AnalysisReport analyze(List<Path> files, Progress progress) {
        return analyze(files, progress, null);
    }

    /**
     * @param learn the learning period from the first frame (baseline alerts follow it), or null
     *              for none (only what is suspicious in itself alerts)
     */
    public AnalysisReport analyze(List<Path> files, Progress progress, java.time.Duration learn) {
        return analyze(files, progress, learn, null);
    }

    /**
     * @param indicators a TI package's indicators of compromise, matched against the traffic
     *                   (Malware alerts), or null
     */
    public AnalysisReport analyze(List<Path> files, Progress progress, java.time.Duration learn,
                                  io.plantwatch.ti.match.IndicatorIndex indicators) {
        TrafficCollector collector = new TrafficCollector(decoders);
        List<CaptureProblem> unreadable = new ArrayList<>();
        long total = totalSize(files);
        long done = 0;
        for (Path file : files) {
            FrameSource source;
            try {
                source = CaptureFiles.open(file);
            } catch (CaptureException e) {
                unreadable.add(new CaptureProblem(file.toString(), 0, withoutName(file, e.getMessage()), true));
                continue;
            }
            long base = done;
            try (source) {
                progress.update(file.toString(), base, total);
                source.forEach(new ProgressHandler(collector, source, progress, base, total));
            } catch (IOException | RuntimeException e) {
                // Readers report damage as problems; an exception here is an I/O failure (or a bug):
                // keep what was read and say where reading stopped.
                collector.onProblem(new CaptureProblem(file.toString(), source.position(),
                        "reading failed: " + e, true));
            }
            done = base + Math.max(0, source.size());
            progress.update(file.toString(), done, total);
        }
        return report(files, collector, unreadable, learn, indicators);
    }

    private AnalysisReport report(List<Path> files, TrafficCollector collector, List<CaptureProblem> unreadable,
                                  java.time.Duration learn, io.plantwatch.ti.match.IndicatorIndex indicators) {
        Inventory inventory = new InventoryBuilder(classifier).build(collector);
        CaptureSummary summary = CaptureStatistics.summary(files, collector, unreadable);
        // The sensor runs the same detector per snapshot, so both raise the same alerts.
        long learnUntil = learn == null || collector.packets() == 0 ? io.plantwatch.detect.OneShotDetection.NO_LEARNING
                : collector.firstSeen() + learn.toNanos();
        List<io.plantwatch.detect.Alert> alerts = !detection ? List.of() : io.plantwatch.detect.OneShotDetection.run(
                new io.plantwatch.detect.Observation(inventory.devices(), inventory.connections(),
                        inventory.activities(), collector.arpClaims(), collector.arpSweeps()), learnUntil, indicators).alerts();
        return new AnalysisReport(summary, inventory, alerts);
    }

    /** Capture exceptions start with the file name; the problem names it already. */
    private static String withoutName(Path file, String message) {
        String prefix = file + ": ";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static long totalSize(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                // unreadable files are reported when opened
            }
        }
        return total;
    }

    /** Counts frames to report progress now and then, without a clock read per frame. */
    private static final class ProgressHandler implements FrameHandler {
        private final TrafficCollector collector;
        private final FrameSource source;
        private final Progress progress;
        private final long base;
        private final long total;
        private int count;

        ProgressHandler(TrafficCollector collector, FrameSource source, Progress progress, long base, long total) {
            this.collector = collector;
            this.source = source;
            this.progress = progress;
            this.base = base;
            this.total = total;
        }

        @Override
        public void onFrame(Frame frame) {
            collector.onFrame(frame);
            if (++count == PROGRESS_EVERY) {
                count = 0;
                progress.update(source.name(), base + frame.sourceOffset(), total);
            }
        }

        @Override
        public void onProblem(CaptureProblem problem) {
            collector.onProblem(problem);
        }
    }
}
