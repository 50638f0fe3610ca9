package io.plantwatch.detect;

import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.simulate.PlantSimulator;
import io.plantwatch.simulate.SimulationResult;
import io.plantwatch.simulate.SimulationSpec;
import io.plantwatch.simulate.truth.Truth;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's plants with every event they can host (80 devices, 600 s, events from 20 % of the
 * time on): analysed with the first 100 s as learning mode, every injected event in the truth file
 * raises its alert, from its source to its destination, with the truth's techniques (recall 100 %),
 * and the normal traffic raises none. 100 s covers one round of every periodic conversation (NTP
 * polls every 64 s, the slowest). The only other alerts allowed are new connections between the
 * ends of an injected event: the OT device's TLS connection to the internet and the engineering
 * station's FTP login to a controller are new connections, true positives of the same event.
 */
class SimulatedScenarioAlertsTest {
    private static final Duration LEARNING = Duration.ofSeconds(100);
    private static final Map<String, Set<String>> RULES = Map.of(
            "new-device", Set.of(Rules.NEW_DEVICE),
            "port-scan", Set.of(Rules.PLC_SCAN, Rules.PORT_SCAN, Rules.ADDRESS_SCAN),
            "modbus-write", Set.of(Rules.UNAUTHORIZED_WRITE),
            "program-download", Set.of(Rules.PROGRAM_DOWNLOAD),
            "plc-stop", Set.of(Rules.CONTROLLER_STOP),
            "dnp3-restart", Set.of(Rules.RESTART),
            "internet-connection", Set.of(Rules.INTERNET_CONNECTION),
            "cleartext-credentials", Set.of(Rules.CLEARTEXT_CREDENTIALS),
            "arp-spoof", Set.of(Rules.ARP_SPOOFING));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"factory", "building", "utility"})
    void everyInjectedEventAlertsAndNormalTrafficDoesNot(String plant) throws IOException {
        SimulationResult r = new PlantSimulator().write(SimulationSpec.of(plant, 80, 600, 17),
                dir.resolve(plant + ".pcap"));
        List<Truth.TruthEvent> events = r.truth().events();
        assertThat(events).as("events of " + plant).hasSizeGreaterThanOrEqualTo(6);
        double learntUntil = r.truth().capture().firstTs() + LEARNING.toSeconds();
        assertThat(events).allMatch(e -> e.time() > learntUntil);

        List<Alert> alerts = Analyzer.standard().analyze(r.files(), Progress.NONE, LEARNING).alerts();
        Set<Alert> explained = new HashSet<>();
        for (Truth.TruthEvent e : events) {
            List<Alert> matching = alerts.stream().filter(a -> raisedBy(a, e)).toList();
            assertThat(matching).as(plant + " " + e.type() + " from " + e.source() + " to " + e.destination() + " in "
                    + alerts.stream().map(RealCaptureAlertsTest::describe).toList()).hasSize(1);
            assertThat(matching.get(0).techniques()).as(e.type()).containsExactlyInAnyOrderElementsOf(e.techniques());
            assertThat(matching.get(0).time() / 1e9).as(e.type() + " time").isBetween(e.time() - 1e-3, e.time() + 5);
            explained.addAll(matching);
            alerts.stream().filter(a -> a.rule().equals(Rules.NEW_CONNECTION) && e.source().equals(a.source())
                    && e.destination().equals(a.destination())).forEach(explained::add);
        }
        List<String> falsePositives = new ArrayList<>();
        alerts.stream().filter(a -> !explained.contains(a)).forEach(a -> falsePositives.add(
                RealCaptureAlertsTest.describe(a) + ": " + a.message()));
        assertThat(falsePositives).as("alerts of normal traffic after learning").isEmpty();
    }

    private static boolean raisedBy(Alert a, Truth.TruthEvent e) {
        if (!RULES.get(e.type()).contains(a.rule())) {
            return false;
        }
        return switch (e.type()) {
            case "new-device", "port-scan" -> e.source().equals(a.source());
            case "arp-spoof" -> e.destination().equals(a.destination()) && a.source().contains(e.sourceMac());
            default -> e.source().equals(a.source()) && e.destination().equals(a.destination());
        };
    }
}
