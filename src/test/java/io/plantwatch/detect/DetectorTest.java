package io.plantwatch.detect;

import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.IpAddress;
import io.plantwatch.inventory.ArpClaimSummary;
import io.plantwatch.inventory.ObservedActivity;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules on hand-built activities (the protocol decoders that report them are merged separately),
 * and on a real capture for the traffic rules.
 */
class DetectorTest {
    private static final IpAddress CLIENT = IpAddress.parse("10.0.0.9");
    private static final IpAddress PLC = IpAddress.parse("10.0.0.5");

    private static ObservedActivity activity(ActivityType type, String protocol, long seconds) {
        return new ObservedActivity(seconds * 1_000_000_000L, 0x001b1b010203L, CLIENT, 0x001b1b010204L, PLC,
                new Activity(protocol, type, "detail"));
    }

    private static Detections detect(Detector detector, ObservedActivity... activities) {
        return detector.detect(new Observation(List.of(), List.of(), List.of(activities), List.of(), List.of()));
    }

    @Test
    void controllerStopIsChangeOfOperatingModeAndServiceStop() {
        Detections found = detect(Detector.forAnalysis(), activity(ActivityType.CONTROLLER_STOP, "s7comm", 1));
        assertThat(found.alerts()).singleElement().satisfies(a -> {
            assertThat(a.techniques()).containsExactly("T0858", "T0881");
            assertThat(a.source()).isEqualTo("10.0.0.9");
            assertThat(a.destination()).isEqualTo("10.0.0.5");
            assertThat(a.id()).isEqualTo("1-1000");
        });
        assertThat(found.events()).extracting(DetectedEvent::type).contains("PLC_OPERATING_MODE_CHANGED", "ALERT_REPORTED");
    }

    @Test
    void programDownloadAndRestartCarryTheirTechniques() {
        Detections found = detect(Detector.forAnalysis(), activity(ActivityType.PROGRAM_DOWNLOAD, "s7comm", 1),
                activity(ActivityType.RESTART, "dnp3", 2), activity(ActivityType.PROGRAM_UPLOAD, "s7comm", 3));
        assertThat(found.alerts()).extracting(a -> a.techniques().get(0)).containsExactly("T0843", "T0816", "T0845");
    }

    @Test
    void repeatedActivityIsOneAlertUntilClosed() {
        Detector detector = Detector.forAnalysis();
        Detections first = detect(detector, activity(ActivityType.PROGRAM_DOWNLOAD, "s7comm", 1),
                activity(ActivityType.PROGRAM_DOWNLOAD, "s7comm", 2));
        assertThat(first.alerts()).hasSize(1);
        assertThat(detect(detector, activity(ActivityType.PROGRAM_DOWNLOAD, "s7comm", 3)).alerts()).isEmpty();
        detector.closed(first.alerts().get(0).dedupKey());
        assertThat(detect(detector, activity(ActivityType.PROGRAM_DOWNLOAD, "s7comm", 4)).alerts()).hasSize(1);
    }

    @Test
    void repeatsWithinTenMinutesAreGroupedWithCountAndLastSeen() {
        Detector detector = Detector.forAnalysis();
        Detections first = detect(detector, activity(ActivityType.CONTROLLER_STOP, "s7comm", 100),
                activity(ActivityType.CONTROLLER_STOP, "s7comm", 160));
        assertThat(first.alerts()).hasSize(1);
        String id = first.alerts().get(0).id();
        assertThat(first.repeats()).singleElement().satisfies(r -> {
            assertThat(r.alertId()).isEqualTo(id);
            assertThat(r.count()).isEqualTo(2);
            assertThat(r.lastSeen()).isEqualTo(160_000_000_000L);
        });
        // 9 minutes after the last sighting: still the same alert
        Detections second = detect(detector, activity(ActivityType.CONTROLLER_STOP, "s7comm", 700));
        assertThat(second.alerts()).isEmpty();
        assertThat(second.repeats()).singleElement().satisfies(r -> assertThat(r.count()).isEqualTo(3));
        // more than 10 minutes of quiet: a new alert
        Detections third = detect(detector, activity(ActivityType.CONTROLLER_STOP, "s7comm", 1301));
        assertThat(third.alerts()).singleElement().satisfies(a -> assertThat(a.id()).isNotEqualTo(id));
        assertThat(third.repeats()).isEmpty();
    }

    @Test
    void aReopenedAlertGroupsItsNextSightingByKey() {
        Detector detector = Detector.forAnalysis();
        Alert raised = detect(detector, activity(ActivityType.PROGRAM_DOWNLOAD, "s7comm", 1)).alerts().get(0);
        Detector restarted = Detector.forAnalysis();
        restarted.reopen(List.of(raised.dedupKey()));
        Detections again = detect(restarted, activity(ActivityType.PROGRAM_DOWNLOAD, "s7comm", 5000));
        assertThat(again.alerts()).isEmpty();
        assertThat(again.repeats()).singleElement().satisfies(r -> {
            assertThat(r.dedupKey()).isEqualTo(raised.dedupKey());
            assertThat(r.alertId()).isNull();
        });
    }

    @Test
    void aMutedAlertStaysSilentUntilUnmuted() {
        Detector detector = Detector.forAnalysis();
        Alert first = detect(detector, activity(ActivityType.PROGRAM_UPLOAD, "s7comm", 1)).alerts().get(0);
        detector.mute(first.dedupKey());
        Detections later = detect(detector, activity(ActivityType.PROGRAM_UPLOAD, "s7comm", 4000));
        assertThat(later.alerts()).isEmpty();
        assertThat(later.repeats()).isEmpty();
        assertThat(detect(detector, activity(ActivityType.PROGRAM_DOWNLOAD, "s7comm", 4001)).alerts()).hasSize(1);
        detector.unmute(first.dedupKey());
        assertThat(detect(detector, activity(ActivityType.PROGRAM_UPLOAD, "s7comm", 4002)).alerts()).hasSize(1);
    }

    @Test
    void writesAlertOnlyFromClientsOutsideTheBaseline() {
        Baseline baseline = new Baseline(true, List.of());
        Detector detector = new Detector(baseline, 1);
        assertThat(detect(detector, activity(ActivityType.WRITE, "modbus", 1)).alerts()).isEmpty();
        baseline.setLearning(false);
        assertThat(detect(detector, activity(ActivityType.WRITE, "modbus", 2)).alerts()).isEmpty();
        ObservedActivity stranger = new ObservedActivity(3_000_000_000L, 1L, IpAddress.parse("10.0.0.66"), 2L, PLC,
                new Activity("modbus", ActivityType.WRITE, "Write Single Register"));
        Detections found = detect(detector, stranger);
        assertThat(found.alerts()).singleElement().satisfies(a -> {
            assertThat(a.techniques()).contains("T0855");
            assertThat(a.baselineKey()).isEqualTo("write:10.0.0.66|10.0.0.5|modbus");
        });
    }

    @Test
    void aBaselineAcceptingEverythingExpectsAllKeepsNothingAndStaysLearning() {
        Baseline baseline = Baseline.acceptingEverything();
        Detector detector = new Detector(baseline, 1);
        ObservedActivity stranger = new ObservedActivity(3_000_000_000L, 1L, IpAddress.parse("10.0.0.66"), 2L, PLC,
                new Activity("modbus", ActivityType.WRITE, "Write Single Register"));

        assertThat(detect(detector, stranger).alerts()).isEmpty();
        assertThat(baseline.expected("connection:10.0.0.66|10.0.0.5|tcp/502")).isTrue();
        assertThat(baseline.size()).isZero();
        assertThat(baseline.drainUnsaved()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> baseline.setLearning(false))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aQuietInterfaceIsOneOperationalAlertAndComingBackIsAnEvent() {
        Detector detector = Detector.forAnalysis();
        long minute = 60_000_000_000L;
        assertThat(detector.checkTraffic("eth1", 0, 4 * minute).alerts()).isEmpty();
        Detections quiet = detector.checkTraffic("eth1", 0, 5 * minute);
        assertThat(quiet.alerts()).singleElement().satisfies(a -> {
            assertThat(a.engine()).isEqualTo(Alert.Engine.OPERATIONAL);
            assertThat(a.rule()).isEqualTo(Rules.TRAFFIC_STOPPED);
            assertThat(a.message()).contains("eth1", "5 minutes");
        });
        assertThat(detector.checkTraffic("eth1", 0, 9 * minute).alerts()).isEmpty();
        Detections back = detector.checkTraffic("eth1", 10 * minute, 10 * minute);
        assertThat(back.alerts()).isEmpty();
        assertThat(back.events()).extracting(DetectedEvent::type).containsExactly("BACK_TO_NORMAL");
        assertThat(detector.checkTraffic("eth1", 10 * minute, 16 * minute).alerts()).hasSize(1);
    }

    @Test
    void communicationControlCarriesTheTechniqueOfItsProtocol() {
        Detections found = detect(Detector.forAnalysis(),
                activity(ActivityType.COMMUNICATION_CONTROL, "bacapp", 1),
                new ObservedActivity(2_000_000_000L, 1L, IpAddress.parse("10.0.0.7"), 2L, PLC,
                        new Activity("modbus", ActivityType.COMMUNICATION_CONTROL, "Force Listen Only Mode")));
        assertThat(found.alerts()).extracting(Alert::title, Alert::techniques).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BACnet device communication control", List.of("T0814", "T0804")),
                org.assertj.core.groups.Tuple.tuple("Modbus device forced into listen-only mode", List.of("T0814")));
    }

    @Test
    void aProtocolViolationIsAlertOfItsEngine() {
        Detections found = detect(Detector.forAnalysis(), activity(ActivityType.PROTOCOL_VIOLATION, "dnp3", 1));
        assertThat(found.alerts()).singleElement().satisfies(a -> {
            assertThat(a.engine()).isEqualTo(Alert.Engine.PROTOCOL_VIOLATION);
            assertThat(a.title()).isEqualTo("Malformed dnp3 packet");
            assertThat(a.message()).contains("detail");
        });
    }

    private static io.plantwatch.inventory.Connection probe(String client, String server, int port, long millis) {
        return new io.plantwatch.inventory.Connection("tcp", new io.plantwatch.inventory.Connection.Endpoint(client, 40000),
                new io.plantwatch.inventory.Connection.Endpoint(server, port), 2, 120, millis * 1_000_000L,
                millis * 1_000_000L, List.of(), List.of());
    }

    private static Detections connections(Detector detector, List<io.plantwatch.inventory.Connection> probes) {
        return detector.detect(new Observation(List.of(), probes, List.of(), List.of(), List.of()));
    }

    @Test
    void twentyFivePortsOfOneHostInTwoMinutesIsAPortScan() {
        List<io.plantwatch.inventory.Connection> probes = new java.util.ArrayList<>();
        for (int port = 1; port <= 24; port++) {
            probes.add(probe("10.0.0.66", "10.0.0.5", port, port * 1000L));
        }
        Detector detector = Detector.forAnalysis();
        assertThat(connections(detector, probes).alerts()).isEmpty();
        // the 25th port, but the first probe is more than two minutes old by now: still 24 in the window
        assertThat(connections(detector, List.of(probe("10.0.0.66", "10.0.0.5", 25, 121_500))).alerts()).isEmpty();
        assertThat(connections(detector, List.of(probe("10.0.0.66", "10.0.0.5", 26, 122_000))).alerts())
                .singleElement().satisfies(a -> {
                    assertThat(a.rule()).isEqualTo(Rules.PORT_SCAN);
                    assertThat(a.techniques()).containsExactly("T0846");
                    assertThat(a.destination()).isEqualTo("10.0.0.5");
                });
    }

    @Test
    void fiftyHostsOfOneClassBNetworkIsAnAddressScan() {
        List<io.plantwatch.inventory.Connection> probes = new java.util.ArrayList<>();
        for (int host = 1; host <= 49; host++) {
            probes.add(probe("10.0.0.66", "10.9." + host / 10 + "." + host, 502, host * 100L));
            probes.add(probe("10.0.0.66", "10.8.0." + host, 502, host * 100L + 1)); // another /16
        }
        Detector detector = Detector.forAnalysis();
        // 10 hosts on an industrial port in two minutes: a PLC scan first
        assertThat(connections(detector, probes).alerts()).extracting(Alert::rule).containsExactly(Rules.PLC_SCAN);
        assertThat(connections(detector, List.of(probe("10.0.0.66", "10.9.9.250", 502, 6000))).alerts())
                .singleElement().satisfies(a -> {
                    assertThat(a.rule()).isEqualTo(Rules.ADDRESS_SCAN);
                    assertThat(a.destination()).isEqualTo("10.9.0.0/16");
                });
    }

    @Test
    void anIpClaimedByTwoMacsIsArpSpoofing() {
        Detections found = Detector.forAnalysis().detect(new Observation(List.of(), List.of(), List.of(),
                List.of(new ArpClaimSummary(0x0a0000000001L, PLC, 3, 1), new ArpClaimSummary(0x0a0000000002L, PLC, 1, 2)),
                List.of()));
        assertThat(found.alerts()).singleElement().satisfies(a -> assertThat(a.techniques()).containsExactly("T0830"));
    }

    @Test
    void nmapArpSweepIsAnAddressScan() {
        var report = Analyzer.standard().analyze(List.of(SharedData.pcap("scan/nmap-vsn.pcap")), Progress.NONE);
        assertThat(report.alerts()).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo(Rules.ADDRESS_SCAN);
            assertThat(a.techniques()).containsExactly("T0846");
            assertThat(a.source()).isEqualTo("192.168.1.71");
        });
    }

    @Test
    void aPackageInstalledLaterMeetsTheHostNamesHeardBeforeIt() {
        Detector detector = new Detector(new Baseline(false, List.of()), 1);
        ObservedActivity lookup = new ObservedActivity(7_000_000_000L, 1L, CLIENT, 2L, IpAddress.parse("10.0.0.53"),
                new Activity("dns", ActivityType.HOST_NAME, "update.evil.example"));
        assertThat(detect(detector, lookup).alerts()).as("no indicators yet").isEmpty();

        detector.indicators(new io.plantwatch.ti.match.IndicatorIndex(List.of(
                new io.plantwatch.ti.content.Indicator("domain", "evil.example", "c2"))), List.of());
        Detections swept = detector.detect(Observation.NOTHING_NEW);

        assertThat(swept.alerts()).singleElement().satisfies(a -> {
            assertThat(a.engine()).isEqualTo(Alert.Engine.MALWARE);
            assertThat(a.time()).as("when it was heard").isEqualTo(7_000_000_000L);
            assertThat(a.message()).startsWith("10.0.0.9 looked up update.evil.example;");
        });
        assertThat(detector.detect(Observation.NOTHING_NEW).alerts())
                .as("swept once per package").isEmpty();
    }

    @Test
    void onlyTheLatestHostNamesAreKept() {
        Detector detector = new Detector(new Baseline(false, List.of()), 1);
        List<ObservedActivity> heard = new java.util.ArrayList<>();
        for (int i = 0; i <= MalwareRule.NAMES_KEPT; i++) {
            heard.add(new ObservedActivity(i, 1L, CLIENT, 2L, PLC, new Activity("dns", ActivityType.HOST_NAME,
                    "host" + i + (i == 0 ? ".evil.example" : ".plant.example"))));
        }
        detector.detect(new Observation(List.of(), List.of(), heard, List.of(), List.of()));
        detector.indicators(new io.plantwatch.ti.match.IndicatorIndex(List.of(
                new io.plantwatch.ti.content.Indicator("domain", "evil.example", "c2"),
                new io.plantwatch.ti.content.Indicator("domain", "host1.plant.example", "c2"))), List.of());

        assertThat(detector.detect(Observation.NOTHING_NEW).alerts())
                .as("the oldest name was let go, the next one kept")
                .extracting(Alert::message).singleElement().asString().contains("host1.plant.example");
    }
}
