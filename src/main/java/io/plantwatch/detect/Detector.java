package io.plantwatch.detect;

import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.ObservedActivity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every rule over what traffic shows, one step at a time: a one-shot analysis makes one step
 * of everything; the sensor makes a step per inventory snapshot. An alert of the same rule between
 * the same ends is raised once while it is open ({@link #closed} reopens it). Stateful and
 * not thread-safe: one detector per pipeline, called from one thread.
 */
public final class Detector {
    private final Baseline baseline;
    private final List<ActivityRule> activityRules = List.of(new ProgramTransferRule(), new OperatingModeRule(),
            new RestartRule(), new FirmwareUpdateRule(), new ConfigurationChangeRule(), new CleartextCredentialsRule(),
            new CommunicationControlRule(), new UnauthorizedWriteRule(), new ProtocolViolationRule());
    private final ArpSpoofingRule arpSpoofing = new ArpSpoofingRule();
    private final ScanRule scans = new ScanRule();
    private final ArpScanRule arpScans = new ArpScanRule();
    private final NewDeviceRule newDevices = new NewDeviceRule();
    private final NewConnectionRule newConnections = new NewConnectionRule();
    private final OtDevices ot = OtDevices.load();
    private final PlcScanRule plcScans = new PlcScanRule(ot, scans.scanners());
    private final InternetConnectionRule internet = new InternetConnectionRule(ot);
    private final TimelineEvents timeline = new TimelineEvents();
    private final Set<String> open = new HashSet<>();
    private long nextNumber;

    /**
     * @param firstNumber the number the next alert's id starts with (ids are {@code <number>-<epoch ms>})
     */
    public Detector(Baseline baseline, long firstNumber) {
        this.baseline = baseline;
        this.nextNumber = firstNumber;
    }

    /** A detector for a one-shot analysis: everything is being learnt, so only activity and traffic rules alert. */
    public static Detector forAnalysis() {
        return new Detector(Baseline.learningFromScratch(), 1);
    }

    public Baseline baseline() {
        return baseline;
    }

    public Detections detect(Observation observation) {
        List<Alert> raised = new ArrayList<>();
        List<DetectedEvent> events = new ArrayList<>();
        for (ObservedActivity a : observation.activities()) {
            timeline.activity(a, events);
            for (ActivityRule rule : activityRules) {
                Alert alert = rule.check(a, baseline);
                if (alert != null) {
                    raised.add(alert);
                }
            }
        }
        raised.addAll(arpSpoofing.check(observation.arpClaims()));
        raised.addAll(arpScans.check(observation.arpSweeps()));
        List<Connection> connections = new ArrayList<>(observation.newConnections());
        connections.sort(Comparator.comparingLong(Connection::firstSeen));
        raised.addAll(scans.check(connections));
        raised.addAll(plcScans.check(connections));
        raised.addAll(newDevices.check(observation.devices(), baseline));
        raised.addAll(newConnections.check(connections, scans.scanners(), baseline));
        Map<String, Device> byIp = new HashMap<>();
        for (Device d : observation.devices()) {
            d.ips().forEach(ip -> byIp.put(ip, d));
        }
        raised.addAll(internet.check(connections, byIp));
        raised.sort(Comparator.comparingLong(Alert::time));

        List<Alert> alerts = new ArrayList<>();
        for (Alert alert : raised) {
            if (open.add(alert.dedupKey())) {
                Alert numbered = alert.withId(nextNumber++ + "-" + Duration.ofNanos(alert.time()).toMillis());
                alerts.add(numbered);
                timeline.alert(numbered, events);
            }
        }
        events.sort(Comparator.comparingLong(DetectedEvent::time));
        return new Detections(alerts, events);
    }

    /** Alerts still open from an earlier run (by {@link Alert#dedupKey()}): not raised again. */
    public void reopen(Collection<String> dedupKeys) {
        open.addAll(dedupKeys);
    }

    /** An alert was handled or muted: the same traffic may alert again. */
    public void closed(String dedupKey) {
        open.remove(dedupKey);
    }
}
