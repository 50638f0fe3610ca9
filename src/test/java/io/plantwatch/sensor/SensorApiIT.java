package io.plantwatch.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Device;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real sensor processes on loopback, each replaying a different shared capture with --fast,
 * checked over real HTTPS: inventory equal to analyze, 401 on every endpoint, 413, changes
 * paging, throttling, alerts, and a restart that keeps the inventory. Started once for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SensorApiIT {
    /** Every endpoint: method and an example path. */
    static final List<String[]> ENDPOINTS = List.of(
            new String[] {"GET", "/api/v1/devices/"},
            new String[] {"GET", "/api/v1/devices/connections"},
            new String[] {"GET", "/api/v1/devices/1/connections"},
            new String[] {"GET", "/api/v1/devices/cves"},
            new String[] {"GET", "/api/v1/devices/10.0.0.1/cves"},
            new String[] {"GET", "/api/v1/alerts"},
            new String[] {"PUT", "/api/v1/alerts/1-1500000000000"},
            new String[] {"GET", "/api/v1/events"},
            new String[] {"GET", "/api/v2/alerts/pcap/1"},
            new String[] {"GET", "/api/v1/reports/vulnerabilities/devices"},
            new String[] {"GET", "/api/v1/reports/vulnerabilities/security"},
            new String[] {"GET", "/api/v1/reports/vulnerabilities/operational"},
            new String[] {"GET", "/api/plantwatch/v1/status"},
            new String[] {"GET", "/api/plantwatch/v1/changes?since=0"},
            new String[] {"GET", "/api/plantwatch/v1/ti"},
            new String[] {"POST", "/api/plantwatch/v1/ti"},
            new String[] {"GET", "/api/plantwatch/v1/learning"},
            new String[] {"PUT", "/api/plantwatch/v1/learning"},
            new String[] {"GET", "/api/no/such/path"});

    @TempDir
    static Path temp;
    static Path modbus;
    static Path scan;
    static SensorProcess a;
    static SensorProcess b;

    @BeforeAll
    static void start() throws Exception {
        modbus = SharedData.pcap("modbus/ModbusTCP.pcap");
        scan = SharedData.pcap("scan/nmap-vsn.pcap");
        a = SensorProcess.start(temp.resolve("a"), "sensor-a", "--replay", modbus.toString(), "--fast");
        b = SensorProcess.start(temp.resolve("b"), "sensor-b", "--replay", scan.toString(), "--fast");
        a.awaitReplay();
        b.awaitReplay();
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    @Order(2)
    void largeAnswersComeGzippedToClientsThatAskAndSmallOnesPlain() throws Exception {
        HttpResponse<byte[]> plain = getBytes(b, "/api/v1/devices/connections", null);
        assertThat(plain.body().length).as("the scan's connections make a large answer").isGreaterThan(4 * 1024);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Vary")).hasValue("Accept-Encoding");

        HttpResponse<byte[]> gzipped = getBytes(b, "/api/v1/devices/connections", "gzip, deflate");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 4);
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).as("the same answer").isEqualTo(plain.body());
        }

        assertThat(getBytes(b, "/api/v1/devices/connections", "gzip;q=0, identity").headers()
                .firstValue("Content-Encoding")).as("gzip refused").isEmpty();
        assertThat(getBytes(b, "/api/plantwatch/v1/status", "gzip").headers().firstValue("Content-Encoding"))
                .as("a small answer is not worth compressing").isEmpty();
    }

    private static HttpResponse<byte[]> getBytes(SensorProcess s, String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(s.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", s.token).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        HttpResponse<byte[]> r = s.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r;
    }

    @Test
    @Order(1)
    void devicesAndConnectionsEqualAnalyze() throws Exception {
        for (SensorProcess s : List.of(a, b)) {
            Path file = s == a ? modbus : scan;
            AnalysisReport report = Analyzer.standard().analyze(List.of(file), Progress.NONE);
            Map<String, String> expectedDevices = new HashMap<>();
            for (Device d : report.inventory().devices()) {
                expectedDevices.put(d.id(), new TreeSet<>(d.ips()) + " " + d.macs() + " " + new TreeSet<>(d.protocols()));
            }
            Map<String, String> gotDevices = new HashMap<>();
            for (JsonNode d : s.get("/api/v1/devices/")) {
                gotDevices.put(d.get("key").asText(), new TreeSet<>(texts(d.get("ipAddresses"))) + " "
                        + texts(d.get("macAddresses")) + " " + new TreeSet<>(names(d.get("protocols"))));
            }
            assertThat(gotDevices).isEqualTo(expectedDevices);

            Set<String> expectedConnections = new HashSet<>();
            for (Connection c : report.inventory().connections()) {
                expectedConnections.add(c.transport() + " " + c.a().ip() + ":" + c.a().port() + " " + c.b().ip() + ":"
                        + c.b().port() + " " + c.packets() + " " + c.bytes());
            }
            Set<String> gotConnections = new HashSet<>();
            for (JsonNode c : s.get("/api/v1/devices/connections")) {
                gotConnections.add(c.get("transport").asText() + " " + c.get("firstAddress").asText() + ":"
                        + port(c.get("firstPort")) + " " + c.get("secondAddress").asText() + ":" + port(c.get("secondPort"))
                        + " " + c.get("packets").asLong() + " " + c.get("bytes").asLong());
                assertThat(c.has("firstDeviceId") && c.has("secondDeviceId") && c.has("discovered")).isTrue();
            }
            assertThat(gotConnections).isEqualTo(expectedConnections).isNotEmpty();

            JsonNode status = s.get("/api/plantwatch/v1/status");
            assertThat(status.get("packets").asLong()).as("frames captured").isEqualTo(report.capture().packets());
            assertThat(status.get("inventoryPackets").asLong()).as("frames in the served inventory")
                    .isEqualTo(report.capture().packets());
        }
    }

    @Test
    @Order(2)
    void everyEndpointWantsAToken() throws Exception {
        for (String[] e : ENDPOINTS) {
            String body = e[0].equals("GET") ? null : "{}";
            HttpResponse<String> missing = a.send(e[0], e[1], null, body);
            assertThat(missing.statusCode()).as("no token: %s %s", e[0], e[1]).isEqualTo(401);
            assertThat(missing.body()).contains("\"error\"");
            HttpResponse<String> wrong = a.send(e[0], e[1], "0123456789abcdef0123456789abcdef01234567", body);
            assertThat(wrong.statusCode()).as("wrong token: %s %s", e[0], e[1]).isEqualTo(401);
            HttpResponse<String> good = a.send(e[0], e[1], "Bearer " + a.token, body);
            assertThat(good.statusCode()).as("good token: %s %s", e[0], e[1]).isNotIn(401, 429, 500);
        }
        assertThat(a.send("GET", "/api/no/such/path", a.token, null).statusCode()).isEqualTo(404);
        assertThat(a.send("GET", "/api/v1/alerts?fromTime=yesterday", a.token, null).statusCode()).isEqualTo(400);
        assertThat(a.send("GET", "/api/v1/devices/?authorized=maybe", a.token, null).statusCode()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void oversizeBodyIs413() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(a.uri("/api/v1/alerts/1-1")).timeout(Duration.ofSeconds(30))
                .header("Authorization", a.token)
                .PUT(HttpRequest.BodyPublishers.ofString("x".repeat(256 * 1024))).build();
        HttpResponse<String> r = a.client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"error\"");
    }

    @Test
    @Order(4)
    void changesPagesReturnEachChangeOnce() throws Exception {
        List<String> seen = new ArrayList<>();
        String since = "";
        int pages = 0;
        while (true) {
            JsonNode page = a.get("/api/plantwatch/v1/changes?limit=7&since=" + since);
            for (String kind : List.of("devices", "connections", "alerts", "events")) {
                for (JsonNode item : page.get(kind)) {
                    String id = kind.equals("connections")
                            ? item.get("firstAddress").asText() + ":" + item.get("firstPort") + "-"
                            + item.get("secondAddress").asText() + ":" + item.get("secondPort") : item.get("id").asText();
                    seen.add(kind + "/" + id);
                }
            }
            pages++;
            since = page.get("next").asText();
            if (!page.get("more").asBoolean()) {
                break;
            }
        }
        int devices = a.get("/api/v1/devices/").size();
        int connections = a.get("/api/v1/devices/connections").size();
        assertThat(pages).isGreaterThan(2);
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(seen.stream().filter(k -> k.startsWith("devices/")).count()).isEqualTo(devices);
        assertThat(seen.stream().filter(k -> k.startsWith("connections/")).count()).isEqualTo(connections);
        JsonNode empty = a.get("/api/plantwatch/v1/changes?since=" + since);
        assertThat(empty.get("devices").size() + empty.get("connections").size()).isZero();
    }

    @Test
    @Order(5)
    void scanRaisesAnAlertThatCanBeHandled() throws Exception {
        JsonNode alerts = b.get("/api/v1/alerts");
        JsonNode scanAlert = null;
        for (JsonNode alert : alerts) {
            if (alert.get("techniques").toString().contains("T0846")) {
                scanAlert = alert;
            }
        }
        assertThat(scanAlert).as("alerts: %s", alerts).isNotNull();
        assertThat(scanAlert.get("engine").asText()).isEqualTo("Anomaly");
        String uuid = scanAlert.get("id").asText();
        HttpResponse<String> handled = b.send("PUT", "/api/v1/alerts/" + uuid, b.token, "{\"action\":\"handle\"}");
        assertThat(handled.statusCode()).isEqualTo(200);
        assertThat(handled.body()).contains("Alert update request finished successfully");
        assertThat(b.send("PUT", "/api/v1/alerts/" + uuid, b.token, "{\"action\":\"handle\"}").body())
                .contains("Alert was already handled");
        assertThat(b.send("PUT", "/api/v1/alerts/" + uuid, b.token, "{\"action\":\"dance\"}").body())
                .contains("Invalid action");
        assertThat(b.get("/api/v1/alerts?state=handled").size()).isEqualTo(1);
        assertThat(b.get("/api/v1/events?type=ALERT_UPDATED").size()).isEqualTo(1);
        assertThat(b.get("/api/v1/events?type=DEVICE_CREATE").size()).isEqualTo(b.get("/api/v1/devices/").size());
    }

    @Test
    @Order(6)
    void repeatedWrongTokensAreThrottled() throws Exception {
        int throttled = 0;
        for (int i = 0; i < 40; i++) {
            if (b.send("GET", "/api/v1/devices/", "wrong-" + i, null).statusCode() == 429) {
                throttled++;
            }
        }
        assertThat(throttled).isGreaterThanOrEqualTo(10);
        assertThat(b.send("GET", "/api/v1/devices/", b.token, null).statusCode()).isEqualTo(429);
    }

    @Test
    @Order(7)
    void restartKeepsTheInventory() throws Exception {
        Map<String, Long> before = new HashMap<>();
        for (JsonNode d : a.get("/api/v1/devices/")) {
            before.put(d.get("key").asText(), d.get("id").asLong());
        }
        a.stop();
        a = SensorProcess.start(a.data, "sensor-a", "--replay", scan.toString(), "--fast");
        a.awaitReplay();
        Map<String, Long> after = new HashMap<>();
        for (JsonNode d : a.get("/api/v1/devices/")) {
            after.put(d.get("key").asText(), d.get("id").asLong());
        }
        assertThat(after).containsAllEntriesOf(before);
        assertThat(after.size()).isGreaterThan(before.size());
        assertThat(a.get("/api/plantwatch/v1/status").get("learningMode").asBoolean()).isTrue();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> names(JsonNode protocols) {
        List<String> values = new ArrayList<>();
        protocols.forEach(v -> values.add(v.get("name").asText()));
        return values;
    }

    private static String port(JsonNode port) {
        return port == null || port.isNull() ? "null" : port.asText();
    }
}
