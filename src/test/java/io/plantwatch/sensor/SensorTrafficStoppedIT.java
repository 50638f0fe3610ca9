package io.plantwatch.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantwatch.capture.CaptureException;
import io.plantwatch.capture.live.LiveCapture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real sensor process capturing live (pcap4j, libpcap) on an interface that carries no traffic,
 * with {@code --traffic-timeout 2s}: it raises one Operational "no traffic" alert naming the
 * interface, and no second one while the interface stays quiet. Loopback is no good here: other
 * processes talk over it. The quiet interface is {@code -Dplantwatch.quietInterface=IF}, else the
 * kernel's {@code ifb0} (an intermediate functional block device nothing sends on) when it exists;
 * skipped, with the reason, when there is none or live capture is not possible. A quiet interface
 * anywhere, as root, without touching the host's: a veth pair in a network namespace of its own,
 * IPv6 off (README, "Sensor": the command).
 */
class SensorTrafficStoppedIT {
    @TempDir
    Path temp;

    @Test
    void aQuietInterfaceRaisesOneOperationalAlert() throws Exception {
        String quiet = quietInterface();
        try (SensorProcess sensor = SensorProcess.start(temp.resolve("data"), "quiet", "--interface", quiet,
                "--traffic-timeout", "2s")) {
            long deadline = System.currentTimeMillis() + 30_000;
            List<JsonNode> alerts = sensor.alerts("Operational");
            while (alerts.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
                alerts = sensor.alerts("Operational");
            }
            assertThat(alerts).singleElement().satisfies(a -> {
                assertThat(a.get("title").asText()).isEqualTo("No traffic detected on sensor interface");
                assertThat(a.get("message").asText()).startsWith("Traffic stopped on " + quiet + ": no frame for ");
                assertThat(a.get("severity").asText()).isEqualTo("Major");
            });
            Thread.sleep(6_000); // three more quiet times
            assertThat(sensor.alerts("Operational")).as("no repeat while still quiet").hasSize(1);
            assertThat(sensor.get("/api/plantwatch/v1/status").get("captureState").asText()).isEqualTo("RUNNING");
        }
    }

    /** Opens and closes the interface here first: a missing one, libpcap or permission skips the test. */
    private static String quietInterface() {
        String name = System.getProperty("plantwatch.quietInterface", "ifb0");
        try {
            LiveCapture.open(name).close();
        } catch (CaptureException | RuntimeException | LinkageError e) {
            Assumptions.abort("live capture on " + name + " is not possible here (set -Dplantwatch.quietInterface=IF"
                    + " to a quiet interface that is up): " + e.getMessage());
        }
        return name;
    }
}
