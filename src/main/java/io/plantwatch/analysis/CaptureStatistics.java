package io.plantwatch.analysis;

import io.plantwatch.capture.CaptureProblem;
import io.plantwatch.inventory.TrafficCollector;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the capture summary from a collector and the files that could not be opened. */
final class CaptureStatistics {
    private CaptureStatistics() {
    }

    static CaptureSummary summary(List<Path> files, TrafficCollector collector, List<CaptureProblem> unreadable) {
        List<CaptureProblem> problems = new ArrayList<>(unreadable);
        problems.addAll(collector.problems());
        return new CaptureSummary(files.stream().map(Path::toString).toList(), files.size() - unreadable.size(),
                collector.packets(),
                collector.bytes(), collector.firstSeen(), collector.lastSeen(), collector.linkTypes(),
                collector.malformed() + unreadable.size(), problems);
    }
}
