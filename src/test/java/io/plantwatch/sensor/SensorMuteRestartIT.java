package io.plantwatch.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alert actions outlive the sensor process: a real sensor replays three real attack-like captures
 * (S7 stop, DNP3 cold restart, CIP stop); the S7 stop alert is muted, the DNP3 restart learnt, the
 * CIP stop only handled. The process is stopped, started again on the same store and replays the
 * same captures: only the handled one is raised again.
 */
class SensorMuteRestartIT {
    private static final String S7_STOP = "PLC stop command 134.249.62.206";
    private static final String DNP3_RESTART = "Device restart command 192.168.60.1";
    private static final String CIP_STOP = "PLC stop command 192.168.1.69";

    @TempDir
    Path temp;

    @Test
    void mutedAndLearntAlertsStaySilentAfterARestart() throws Exception {
        Path data = temp.resolve("data");
        String[] replay = {"--replay", SharedData.pcap("s7comm/snap7_s300_stop.pcapng").toString(),
            SharedData.pcap("dnp3/cold_restart_and_response.pcap").toString(),
            SharedData.pcap("enip/cip_stop_plc.pcap").toString(), "--fast"};
        try (SensorProcess first = SensorProcess.start(data, "mute", replay)) {
            first.awaitReplay();
            List<String> before = alerts(first);
            assertThat(before).containsExactlyInAnyOrder(S7_STOP + " NEW", DNP3_RESTART + " NEW", CIP_STOP + " NEW");
            act(first, S7_STOP, "mute");
            act(first, DNP3_RESTART, "handleAndLearn");
            act(first, CIP_STOP, "handle");
            assertThat(alerts(first)).containsExactlyInAnyOrder(S7_STOP + " MUTED", DNP3_RESTART + " LEARNED",
                    CIP_STOP + " HANDLED");
            first.stop();
        }
        try (SensorProcess again = SensorProcess.start(data, "mute", replay)) {
            again.awaitReplay();
            assertThat(alerts(again)).containsExactlyInAnyOrder(S7_STOP + " MUTED", DNP3_RESTART + " LEARNED",
                    CIP_STOP + " HANDLED", CIP_STOP + " NEW");
        }
    }

    /** Each alert as "title source status". */
    private static List<String> alerts(SensorProcess s) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode a : s.get("/api/v1/alerts")) {
            found.add(a.get("title").asText() + " " + a.get("sourceDeviceAddress").asText() + " "
                    + a.get("status").asText());
        }
        return found;
    }

    private static void act(SensorProcess s, String alert, String action) throws Exception {
        String id = null;
        for (JsonNode a : s.get("/api/v1/alerts")) {
            if ((a.get("title").asText() + " " + a.get("sourceDeviceAddress").asText()).equals(alert)) {
                id = a.get("id").asText();
            }
        }
        assertThat(id).as(alert).isNotNull();
        HttpResponse<String> r = s.send("PUT", "/api/v1/alerts/" + id, s.token, "{\"action\":\"" + action + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
