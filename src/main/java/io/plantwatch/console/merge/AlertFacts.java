package io.plantwatch.console.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Derives a merged alert from its sources: earliest time, highest severity. Stateless. */
public final class AlertFacts {
    private static final List<String> SEVERITIES = List.of("Warning", "Minor", "Major", "Critical");

    private AlertFacts() {
    }

    /** Higher is more severe; -1 for none or an unknown word (null-safe: List.of rejects null lookups). */
    private static int rank(String severity) {
        return severity == null ? -1 : SEVERITIES.indexOf(severity);
    }

    public static MergedAlert merge(long id, long zoneId, String consoleAction, Long consoleHandledAt,
                                    Collection<AlertSource> sourceSet) {
        List<AlertSource> sources = new ArrayList<>(sourceSet);
        sources.sort(Comparator.comparing(AlertSource::alertKey));
        AlertSource first = sources.stream().min(Comparator.comparingLong(AlertSource::time)
                .thenComparing(AlertSource::alertKey)).orElseThrow();
        String severity = null;
        boolean allHandled = true;
        TreeSet<Long> sensors = new TreeSet<>();
        for (AlertSource source : sources) {
            if (rank(source.severity()) > rank(severity)) {
                severity = source.severity();
            }
            allHandled &= source.handled();
            sensors.add(source.sensor());
        }
        if (severity == null) {
            severity = first.severity();
        }
        return new MergedAlert(id, zoneId, first.time(), first.title(), first.message(), severity, first.engine(),
                first.sourceAddress(), first.destinationAddress(), consoleAction != null || allHandled,
                consoleAction, consoleHandledAt, List.copyOf(sensors), List.copyOf(sources));
    }
}
