package io.plantwatch.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantwatch.simulate.PlantSimulator;
import io.plantwatch.simulate.SimulationResult;
import io.plantwatch.simulate.SimulationSpec;
import io.plantwatch.simulate.truth.Truth;
import io.plantwatch.ti.TiSources;
import io.plantwatch.ti.content.Advisory;
import io.plantwatch.ti.content.PackageFiles;
import io.plantwatch.ti.content.ProblemLog;
import io.plantwatch.ti.content.Vulnerability;
import io.plantwatch.ti.feeds.CsafReader;
import io.plantwatch.ti.feeds.OuiReader;
import io.plantwatch.ti.match.OuiTable;
import io.plantwatch.ti.format.SigningKeys;
import io.plantwatch.ti.match.VendorNames;
import io.plantwatch.ti.match.VersionRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real sensor process with {@code --trust}: it installs only validly signed packages from the
 * trusted key, keeps the previous one when a package is altered or signed by another key, reports
 * the version in status, records DIP events, keeps its package over a restart, and matches CVEs to
 * the devices of a simulated plant whose identities it decoded from the wire.
 */
class SensorTiIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void installsOnlyTrustedIntactPackagesAndMatchesCves() throws Exception {
        KeyPair keys = SigningKeys.generate();
        SigningKeys.write(keys, temp.resolve("keys"));
        byte[] v1 = TiSources.build(keys, "2026.11.1").zip();
        byte[] v2 = TiSources.build(keys, "2026.11.2").zip();
        byte[] untrusted = TiSources.build(SigningKeys.generate(), "2026.11.9").zip();
        byte[] altered = TiSources.rewrite(v2, PackageFiles.VULNERABILITIES, b -> TiSources.flipByte(b, 1000));
        SimulationResult plant = new PlantSimulator().write(SimulationSpec.of("factory", 120, 20, 3).withoutEvents(),
                temp.resolve("factory.pcap"));
        Path pub = temp.resolve("keys").resolve(SigningKeys.PUBLIC_FILE);
        Path data = temp.resolve("sensor");

        // The simulated plant for CVEs; a real capture whose MACs the built-in vendor table does not name.
        Path real = io.plantwatch.testing.SharedData.pcap("modbus/ModbusTCP.pcap");
        try (SensorProcess s = SensorProcess.start(data, "ti-sensor", "--trust", pub.toString(), "--replay",
                plant.files().get(0).toString(), real.toString(), "--fast")) {
            s.awaitReplay();
            assertThat(s.get("/api/plantwatch/v1/status").get("tiVersion").isNull()).isTrue();
            assertThat(s.get("/api/v1/devices/cves")).isEmpty();
            List<String> withoutVendor = new ArrayList<>();
            s.get("/api/v1/devices/").forEach(d -> {
                if (d.path("vendor").asText("").isEmpty() && d.path("macAddresses").size() > 0) {
                    withoutVendor.add(d.get("macAddresses").get(0).asText());
                }
            });

            HttpResponse<String> ok = post(s, v1);
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            assertThat(s.get("/api/plantwatch/v1/status").get("tiVersion").asText()).isEqualTo("2026.11.1");

            HttpResponse<String> bad = post(s, altered);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("file altered: SHA-256 of vulnerabilities.json does not match the manifest");
            HttpResponse<String> foreign = post(s, untrusted);
            assertThat(foreign.statusCode()).isEqualTo(400);
            assertThat(foreign.body()).contains("which is not trusted");
            assertThat(s.get("/api/plantwatch/v1/status").get("tiVersion").asText()).isEqualTo("2026.11.1");
            assertThat(s.get("/api/plantwatch/v1/ti").get("installed").get("version").asText()).isEqualTo("2026.11.1");
            assertThat(s.get("/api/plantwatch/v1/ti").get("trustedKeys").get(0).asText())
                    .isEqualTo(SigningKeys.keyId(keys.getPublic()));

            assertCvesOfTruthDevices(s, plant);
            OuiTable ieee = new OuiTable(new OuiReader(new ProblemLog()).readAll(TiSources.root().resolve("oui")));
            assertThat(withoutVendor).as("devices the built-in vendor table does not name").isNotEmpty();
            for (JsonNode d : s.get("/api/v1/devices/")) {
                if (d.path("macAddresses").size() > 0 && withoutVendor.contains(d.get("macAddresses").get(0).asText())) {
                    String mac = d.get("macAddresses").get(0).asText();
                    assertThat(d.path("vendor").asText(null)).as(mac).isEqualTo(ieee.vendor(mac)).isNotNull();
                }
            }

            assertThat(post(s, v2).statusCode()).isEqualTo(200);
            assertThat(s.get("/api/plantwatch/v1/status").get("tiVersion").asText()).isEqualTo("2026.11.2");
            List<String> events = new ArrayList<>();
            s.get("/api/v1/events").forEach(e -> events.add(e.get("type").asText() + ": " + e.get("content").asText()));
            assertThat(events).anyMatch(e -> e.startsWith("DIP_FAILURE: TI package rejected: file altered"))
                    .anyMatch(e -> e.startsWith("DIP_FAILURE: TI package rejected: signed by key"))
                    .anyMatch(e -> e.startsWith("DIP_UPLOADED: TI package 2026.11.2 installed"))
                    .anyMatch(e -> e.startsWith("DIP_UPLOADED: TI package 2026.11.1 installed"));
            s.stop();
        }
        try (SensorProcess again = SensorProcess.start(data, "ti-sensor", "--replay",
                plant.files().get(0).toString(), "--fast")) {
            assertThat(again.get("/api/plantwatch/v1/status").get("tiVersion").asText()).isEqualTo("2026.11.2");
        }
    }

    /** Every truth device's advisories with a readable range show up as its CVEs, by IP. */
    private static void assertCvesOfTruthDevices(SensorProcess s, SimulationResult plant) throws Exception {
        List<Advisory> advisories = new CsafReader(VendorNames.standard(), new ProblemLog())
                .readAll(TiSources.root().resolve("csaf"));
        int checked = 0;
        for (Truth.TruthDevice device : plant.truth().devices()) {
            Set<String> expected = new HashSet<>();
            for (Truth.Advisory a : device.advisories()) {
                if (VersionRange.parse(a.range()).parsed()) {
                    advisories.stream().filter(x -> x.id().equals(a.id())).flatMap(x -> x.vulnerabilities().stream())
                            .map(Vulnerability::cve).forEach(expected::add);
                }
            }
            if (expected.isEmpty() || device.ips().isEmpty()) {
                continue;
            }
            Set<String> got = new HashSet<>();
            JsonNode rows = s.get("/api/v1/devices/" + device.ips().get(0) + "/cves?top=1000");
            for (JsonNode row : rows) {
                got.add(row.get("cveId").asText());
                assertThat(row.get("ipAddress").asText()).isEqualTo(device.ips().get(0));
                assertThat(row.get("score").isTextual()).isTrue();
            }
            assertThat(got).as(device.name() + " " + device.model() + " " + device.firmware()).containsAll(expected);
            checked++;
        }
        assertThat(checked).isGreaterThan(3);
    }

    private static HttpResponse<String> post(SensorProcess s, byte[] body) throws Exception {
        return s.client.send(HttpRequest.newBuilder(s.uri("/api/plantwatch/v1/ti")).timeout(Duration.ofSeconds(60))
                .header("Authorization", s.token).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
