package io.plantwatch.detect;

import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze --learn SECONDS} on modbus/modbus_test_data_part1.pcap. tshark shows 10.0.0.57 polling
 * 10.0.0.3 and 10.0.0.8 from the start, and a third host, 10.0.0.9, first at 647 s, writing with Modbus
 * FC 5 at 753 s and FC 6 at 801 s ({@code modbus.func_code == 5 || modbus.func_code == 6}). 10.0.0.9 has
 * the MAC of 10.0.0.8 (one device with two addresses), so it is no new device. At 1386 s 10.0.0.8 opens a TCP
 * connection itself, from port 502 to 10.0.0.57:4446 (its SYN is frame 88): a connection never seen before.
 */
class LearningPeriodTest {
    private static final String CAPTURE = "modbus/modbus_test_data_part1.pcap";

    private static List<String> alerts(Duration learn) {
        return Analyzer.standard().analyze(List.of(SharedData.pcap(CAPTURE)), Progress.NONE, learn).alerts().stream()
                .map(RealCaptureAlertsTest::describe).toList();
    }

    @Test
    void aWriterThatAppearsAfterLearningIsAnUnauthorizedWriteFromANewDevice() {
        assertThat(alerts(Duration.ofSeconds(600))).containsExactlyInAnyOrder(
                "new-connection 10.0.0.9>10.0.0.3 []",
                "unauthorized-write 10.0.0.9>10.0.0.3 [T0855, T0836]",
                "new-connection 10.0.0.8>10.0.0.57 []",
                // suspicious in themselves, learning or not (Modbus FC 8 sub-functions 4 and 1)
                "communication-control 10.0.0.57>10.0.0.3 [T0814]", "restart 10.0.0.57>10.0.0.3 [T0816]");
    }

    @Test
    void writesSeenWhileLearningAreLearnt() {
        assertThat(alerts(Duration.ofSeconds(1000))).containsExactlyInAnyOrder("new-connection 10.0.0.8>10.0.0.57 []",
                "communication-control 10.0.0.57>10.0.0.3 [T0814]", "restart 10.0.0.57>10.0.0.3 [T0816]");
    }

    @Test
    void withoutLearningOnlyWhatIsSuspiciousInItselfAlerts() {
        assertThat(alerts(null)).containsExactlyInAnyOrder(
                "communication-control 10.0.0.57>10.0.0.3 [T0814]", "restart 10.0.0.57>10.0.0.3 [T0816]");
    }
}
