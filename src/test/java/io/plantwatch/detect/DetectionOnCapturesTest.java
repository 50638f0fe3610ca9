package io.plantwatch.detect;

import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts {@code analyze} raises on real attack-like captures from ../shared/pcaps, exactly:
 * the decoders see the command in the real bytes, the rules map it to its ATT&CK for ICS
 * techniques, and nothing else in the capture raises an alert. The sensor raises the same alerts
 * when it replays these files ({@code SensorDetectionIT}).
 */
class DetectionOnCapturesTest {
    /** What identifies an alert here: rule, techniques, protocol, source, destination. */
    record Expected(String rule, List<String> techniques, String protocol, String source, String destination) {
        static Expected of(Alert a) {
            return new Expected(a.rule(), a.techniques(), a.protocol(), a.source(), a.destination());
        }
    }

    record Case(String capture, List<Expected> alerts) {
        @Override
        public String toString() {
            return capture;
        }
    }

    static Stream<Case> captures() {
        return Stream.of(
                new Case("s7comm/snap7_s300_stop.pcapng", List.of(new Expected(Rules.CONTROLLER_STOP,
                        List.of("T0858", "T0881"), "s7comm", "134.249.62.206", "134.249.61.163"))),
                new Case("s7comm/step7_s300_download.pcapng", List.of(new Expected(Rules.PROGRAM_DOWNLOAD,
                        List.of("T0843"), "s7comm", "134.249.53.130", "134.249.61.182"))),
                new Case("dnp3/cold_restart_and_response.pcap", List.of(new Expected(Rules.RESTART,
                        List.of("T0816"), "dnp3", "192.168.60.1", "192.168.60.130"))),
                new Case("enip/cip_stop_plc.pcap", List.of(new Expected(Rules.CONTROLLER_STOP,
                        List.of("T0858", "T0881"), "enip", "192.168.1.69", "192.168.1.30"))),
                // named "SoftwareDownload" upstream, but it holds a stop, a reset and a start (pcaps/README.md)
                new Case("enip/EIP-SoftwareDownload.pcap", List.of(
                        new Expected(Rules.CONTROLLER_STOP, List.of("T0858", "T0881"), "enip", "192.168.10.105",
                                "192.168.10.120"),
                        new Expected(Rules.RESTART, List.of("T0816"), "enip", "192.168.10.105", "192.168.10.120"),
                        new Expected(Rules.CONTROLLER_START, List.of("T0858"), "enip", "192.168.10.105",
                                "192.168.10.120"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void analyzeRaisesExactlyTheseAlerts(Case c) {
        List<Alert> alerts = Analyzer.standard().analyze(List.of(SharedData.pcap(c.capture())), Progress.NONE).alerts();
        assertThat(alerts).extracting(Expected::of).containsExactlyElementsOf(c.alerts());
        assertThat(alerts).allSatisfy(a -> {
            assertThat(a.severity()).isIn(Alert.Severity.Minor, Alert.Severity.Major);
            assertThat(a.message()).contains(a.source()).contains(a.destination());
        });
    }
}
