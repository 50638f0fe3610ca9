package io.plantwatch.detect;

import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.ObservedActivity;
import io.plantwatch.ti.match.IndicatorIndex;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every rule over what traffic shows, one step at a time: a one-shot analysis makes one step
 * of everything; the sensor makes a step per inventory snapshot. An alert of the same rule between
 * the same ends that comes again within {@link #GROUP_NANOS} of its previous sighting is grouped
 * into the open alert (a count and a last-seen time, as Defender unifies repeats), not raised
 * again; after a longer quiet spell, or once {@link #closed}, it is a new alert. Stateful and
 * not thread-safe: one detector per pipeline, called from one thread.
 */
public final class Detector {
    /** Repeats of an open alert within ten minutes of the previous sighting are grouped into it. */
    public static final long GROUP_NANOS = 600_000_000_000L;
    private static final long UNKNOWN = Long.MIN_VALUE;

    /** An open alert's grouping state. */
    private static final class OpenAlert {
        final String id;
        final String key;
        long count;
        long lastSeen;

        OpenAlert(String id, String key, long count, long lastSeen) {
            this.id = id;
            this.key = key;
            this.count = count;
            this.lastSeen = lastSeen;
        }
    }

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
    private final TrafficStoppedRule trafficStopped = new TrafficStoppedRule();
    private final MalwareRule malware = new MalwareRule();
    /** Connections seen before the current indicators came, checked against them in the next step. */
    private List<Connection> sweep = List.of();
    private boolean sweepNames;
    private final TimelineEvents timeline = new TimelineEvents();
    private final Map<String, OpenAlert> open = new HashMap<>();
    private final Set<String> muted = new java.util.HashSet<>();
    private long nextNumber;
    private boolean off;

    /**
     * @param firstNumber the number the next alert's id starts with (ids are {@code <number>-<epoch ms>})
     */
    public Detector(Baseline baseline, long firstNumber) {
        this.baseline = baseline;
        this.nextNumber = firstNumber;
    }

    /** A detector for a one-shot analysis: everything is being learnt, so only activity and traffic rules alert. */
    public static Detector forAnalysis() {
        return new Detector(Baseline.acceptingEverything(), 1);
    }

    /**
     * A detector that raises nothing (baseline and alert actions still work): the sensor without
     * detection, run only to measure what detection costs.
     */
    public static Detector disabled(Baseline baseline, long firstNumber) {
        Detector d = new Detector(baseline, firstNumber);
        d.off = true;
        return d;
    }

    public Baseline baseline() {
        return baseline;
    }

    /**
     * The capture interface's health, asked by the sensor now and then (wall-clock times): an
     * Operational alert when no frame came for five minutes (or the quiet time given), a back-to-normal event when frames
     * come again.
     */
    public Detections checkTraffic(String interfaceName, long lastFrameNanos, long nowNanos) {
        return checkTraffic(interfaceName, lastFrameNanos, nowNanos, TrafficStoppedRule.QUIET_NANOS);
    }

    /** As {@link #checkTraffic(String, long, long)}, with the quiet time that counts as stopped. */
    public Detections checkTraffic(String interfaceName, long lastFrameNanos, long nowNanos, long quietNanos) {
        List<DetectedEvent> events = new ArrayList<>();
        if (trafficStopped.resumed(lastFrameNanos, nowNanos, quietNanos)) {
            events.add(new DetectedEvent(nowNanos, EventTypes.BACK_TO_NORMAL.name(), EventTypes.BACK_TO_NORMAL.title(),
                    "NOTICE", "Traffic detected on sensor interface " + interfaceName));
            closed(Alert.dedupKey(Rules.TRAFFIC_STOPPED, null, null)); // the next quiet spell is a new alert
        }
        Alert alert = trafficStopped.check(interfaceName, lastFrameNanos, nowNanos, quietNanos);
        return number(alert == null ? List.of() : List.of(alert), events);
    }

    /**
     * The indicators of compromise traffic is matched against from now on (a TI package was
     * installed or replaced), or null for none. {@code alreadySeen} are connections seen before:
     * the next step checks them too, so a package that lists an address already talked to alerts
     * at once; so are the host names heard lately (the malware rule remembers the latest ones).
     */
    public void indicators(IndicatorIndex index, Collection<Connection> alreadySeen) {
        malware.use(index);
        sweep = malware.active() ? List.copyOf(alreadySeen) : List.of();
        sweepNames = malware.active();
    }

    public Detections detect(Observation observation) {
        if (off) {
            return new Detections(List.of(), List.of());
        }
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
            Alert malicious = malware.activity(a);
            if (malicious != null) {
                raised.add(malicious);
            }
        }
        raised.addAll(malware.connections(sweep));
        sweep = List.of();
        if (sweepNames) {
            raised.addAll(malware.namesHeard());
            sweepNames = false;
        }
        raised.addAll(malware.connections(observation.newConnections()));
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
        return number(raised, events);
    }

    /** Numbers new alerts and groups repeats of open ones; adds their timeline events. */
    private Detections number(List<Alert> raised, List<DetectedEvent> events) {
        List<Alert> alerts = new ArrayList<>();
        // By identity: one step can close an alert by a quiet spell and open the next of the same key.
        Set<OpenAlert> repeated = new LinkedHashSet<>();
        for (Alert alert : raised) {
            if (muted.contains(alert.dedupKey()) || baseline.knows(Baseline.alertKey(alert.dedupKey()))) {
                continue; // muted, or learnt as normal
            }
            OpenAlert previous = open.get(alert.dedupKey());
            if (previous != null && (previous.lastSeen == UNKNOWN || alert.time() - previous.lastSeen <= GROUP_NANOS)) {
                previous.count++;
                previous.lastSeen = Math.max(previous.lastSeen, alert.time());
                repeated.add(previous);
                continue;
            }
            Alert numbered = alert.withId(nextNumber++ + "-" + Duration.ofNanos(alert.time()).toMillis());
            open.put(alert.dedupKey(), new OpenAlert(numbered.id(), alert.dedupKey(), 1, alert.time()));
            alerts.add(numbered);
            timeline.alert(numbered, events);
        }
        List<AlertRepeat> repeats = new ArrayList<>();
        repeated.forEach(o -> repeats.add(new AlertRepeat(o.id, o.key, o.count, o.lastSeen)));
        events.sort(Comparator.comparingLong(DetectedEvent::time));
        return new Detections(alerts, events, repeats);
    }

    /** Alerts still open from an earlier run (by {@link Alert#dedupKey()}): their repeats are grouped. */
    public void reopen(Collection<String> dedupKeys) {
        for (String key : dedupKeys) {
            // Their last sighting is not known here: the next one is grouped and starts the clock.
            open.putIfAbsent(key, new OpenAlert(null, key, 1, UNKNOWN));
        }
    }

    /** An alert was handled (or learnt): the same traffic may alert again. */
    public void closed(String dedupKey) {
        open.remove(dedupKey);
    }

    /**
     * An alert was muted: the same rule between the same ends raises nothing more (Defender's
     * mute), until {@link #unmute}. The sensor keeps the muted keys and hands them back after a
     * restart.
     */
    public void mute(String dedupKey) {
        open.remove(dedupKey);
        muted.add(dedupKey);
    }

    public void unmute(String dedupKey) {
        muted.remove(dedupKey);
    }
}
