package io.plantwatch.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real sensor process replaying the real attack-like captures of ../shared/pcaps one after the
 * other (S7 stop, S7 program download, DNP3 cold restart, CIP stop) raises, through its writer and
 * store, the alerts {@code analyze} raises on them ({@code DetectionOnCapturesTest}), and serves
 * them over HTTPS with their ATT&CK for ICS techniques and addresses.
 */
class SensorDetectionIT {
    @TempDir
    Path temp;

    @Test
    void replayedAttackCapturesRaiseTheirAlerts() throws Exception {
        List<String> args = new ArrayList<>(List.of("--replay"));
        for (String capture : List.of("s7comm/snap7_s300_stop.pcapng", "s7comm/step7_s300_download.pcapng",
                "dnp3/cold_restart_and_response.pcap", "enip/cip_stop_plc.pcap")) {
            args.add(SharedData.pcap(capture).toString());
        }
        args.add("--fast");
        try (SensorProcess sensor = SensorProcess.start(temp.resolve("data"), "detect", args.toArray(String[]::new))) {
            sensor.awaitReplay();
            List<String> alerts = new ArrayList<>();
            for (JsonNode a : sensor.get("/api/v1/alerts")) {
                alerts.add(a.get("title").asText() + " " + a.get("techniques") + " " + a.get("sourceDeviceAddress").asText()
                        + " -> " + a.get("destinationDeviceAddress").asText() + " " + a.get("severity").asText());
            }
            assertThat(alerts).containsExactlyInAnyOrder(
                    "PLC stop command [\"T0858\",\"T0881\"] 134.249.62.206 -> 134.249.61.163 Major",
                    "PLC program download [\"T0843\"] 134.249.53.130 -> 134.249.61.182 Major",
                    "Device restart command [\"T0816\"] 192.168.60.1 -> 192.168.60.130 Major",
                    "PLC stop command [\"T0858\",\"T0881\"] 192.168.1.69 -> 192.168.1.30 Major");
        }
    }
}
