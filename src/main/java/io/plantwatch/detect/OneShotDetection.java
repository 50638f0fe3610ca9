package io.plantwatch.detect;

import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.ObservedActivity;
import io.plantwatch.ti.match.IndicatorIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detection over a whole capture at once ({@code analyze}). Without a learning period there is no
 * baseline: everything is learnt as it is seen, so only what is suspicious in itself alerts
 * (program transfers, stops, restarts, scans, spoofing, credentials). With one, what starts before
 * the end of the period is learnt in a first step, learning mode is then turned off, and the rest
 * is checked against that baseline in a second step, as a sensor would after its learning time.
 * Stateless; each call has its own detector.
 */
public final class OneShotDetection {
    /** No learning period: the whole capture is learnt. */
    public static final long NO_LEARNING = Long.MIN_VALUE;

    private OneShotDetection() {
    }

    /**
     * @param learnUntilNanos epoch nanoseconds at which learning ends, or {@link #NO_LEARNING}
     */
    public static Detections run(Observation all, long learnUntilNanos) {
        return run(all, learnUntilNanos, null);
    }

    /**
     * @param indicators indicators of compromise traffic is matched against (Malware alerts), or null
     */
    public static Detections run(Observation all, long learnUntilNanos, IndicatorIndex indicators) {
        if (learnUntilNanos == NO_LEARNING) {
            Detector detector = Detector.forAnalysis();
            detector.indicators(indicators, List.of());
            return withRepeats(detector.detect(all));
        }
        Baseline baseline = new Baseline(true, List.of());
        Detector detector = new Detector(baseline, 1);
        detector.indicators(indicators, List.of());
        Detections learnt = detector.detect(new Observation(devicesBefore(all.devices(), learnUntilNanos),
                connections(all.newConnections(), learnUntilNanos, true),
                activities(all.activities(), learnUntilNanos, true), List.of(), List.of()));
        baseline.setLearning(false);
        Detections checked = detector.detect(new Observation(all.devices(),
                connections(all.newConnections(), learnUntilNanos, false),
                activities(all.activities(), learnUntilNanos, false), all.arpClaims(), all.arpSweeps()));
        List<Alert> alerts = new ArrayList<>(learnt.alerts());
        alerts.addAll(checked.alerts());
        List<DetectedEvent> events = new ArrayList<>(learnt.events());
        events.addAll(checked.events());
        List<AlertRepeat> repeats = new ArrayList<>(learnt.repeats());
        repeats.addAll(checked.repeats());
        return withRepeats(new Detections(alerts, events, repeats));
    }

    /** The alerts with their repeats folded in (count, last seen): a report shows the totals. */
    private static Detections withRepeats(Detections d) {
        Map<String, AlertRepeat> byId = new HashMap<>();
        d.repeats().forEach(r -> byId.put(r.alertId(), r)); // totals are cumulative: the later one wins
        List<Alert> alerts = d.alerts().stream().map(a -> {
            AlertRepeat r = byId.get(a.id());
            return r == null ? a : a.withRepeats(r.count(), r.lastSeen());
        }).toList();
        return new Detections(alerts, d.events(), d.repeats());
    }

    private static List<Device> devicesBefore(List<Device> devices, long cut) {
        return devices.stream().filter(d -> d.firstSeen() < cut).toList();
    }

    private static List<Connection> connections(List<Connection> connections, long cut, boolean before) {
        return connections.stream().filter(c -> (c.firstSeen() < cut) == before).toList();
    }

    private static List<ObservedActivity> activities(List<ObservedActivity> activities, long cut, boolean before) {
        return activities.stream().filter(a -> (a.time() < cut) == before).toList();
    }
}
