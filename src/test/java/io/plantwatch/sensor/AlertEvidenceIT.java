package io.plantwatch.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantwatch.testing.SharedData;
import io.plantwatch.testing.TsharkFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real sensor process replays s7comm/snap7_s300_stop.pcapng; the PLC stop alert's evidence,
 * fetched over HTTPS from {@code /api/v2/alerts/pcap/{id}}, opens in tshark and holds the PLC Stop
 * request ({@code s7comm.param.func == 0x29}) from 134.249.62.206 to 134.249.61.163.
 */
class AlertEvidenceIT {
    @TempDir
    Path temp;

    @Test
    void theStopAlertsPcapOpensInTsharkWithThePlcStop() throws Exception {
        Path capture = SharedData.pcap("s7comm/snap7_s300_stop.pcapng");
        try (SensorProcess sensor = SensorProcess.start(temp.resolve("data"), "evidence", "--replay",
                capture.toString(), "--fast")) {
            sensor.awaitReplay();
            String id = null;
            for (JsonNode alert : sensor.get("/api/v1/alerts")) {
                if (alert.get("techniques").toString().contains("T0881")) {
                    id = alert.get("id").asText();
                }
            }
            assertThat(id).as("a PLC stop alert").isNotNull();
            HttpResponse<byte[]> pcap = fetch(sensor, "/api/v2/alerts/pcap/" + id);
            assertThat(pcap.statusCode()).isEqualTo(200);
            assertThat(pcap.headers().firstValue("Content-Type")).hasValue("application/vnd.tcpdump.pcap");
            Path file = Files.write(temp.resolve("evidence.pcap"), pcap.body());
            assertThat(TsharkFilter.frames(file, "s7comm.param.func == 0x29 && ip.src == 134.249.62.206 && ip.dst == 134.249.61.163"))
                    .isNotBlank();

            HttpResponse<byte[]> missing = fetch(sensor, "/api/v2/alerts/pcap/999-1");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("PCAP file is not available");
            assertThat(fetch(sensor, "/api/v2/alerts/pcap/..%2F..%2Fsensor.mv.db").statusCode()).isBetween(400, 404);
        }
    }

    private static HttpResponse<byte[]> fetch(SensorProcess sensor, String path) throws Exception {
        return sensor.client.send(HttpRequest.newBuilder(sensor.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", sensor.token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
