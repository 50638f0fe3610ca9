package io.plantwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code analyze} command as a user meets it: its JSON contract, its summary, its errors. */
class AnalyzeCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonHasEveryContractKey() throws Exception {
        Path capture = SharedData.pcap("s7comm/step7_s300_download.pcapng");

        int exit = run("analyze", "--json", capture.toString());

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertThat(json.fieldNames()).toIterable()
                .contains("capture", "devices", "connections", "protocols", "functions", "alerts");
        JsonNode summary = json.get("capture");
        assertThat(summary.get("packets").asLong()).isEqualTo(96);
        assertThat(summary.get("bytes").asLong()).isEqualTo(11445);
        assertThat(summary.get("link_types").get(0).asText()).isEqualTo("EN10MB");
        assertThat(summary.get("first_ts").isNumber()).isTrue();
        assertThat(summary.get("malformed").asLong()).isZero();
        JsonNode device = json.get("devices").get(0);
        for (String key : new String[] {"id", "macs", "ips", "name", "vendor", "type", "model", "firmware", "os",
            "purdue_level", "protocols", "open_ports", "first_seen", "last_seen"}) {
            assertThat(device.has(key)).as("device key %s", key).isTrue();
        }
        JsonNode connection = json.get("connections").get(0);
        assertThat(connection.get("transport").asText()).isEqualTo("tcp");
        assertThat(connection.get("b").get("port").asInt()).isEqualTo(102);
        assertThat(connection.get("a").get("ip").asText()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        for (String key : new String[] {"packets", "bytes", "first_seen", "last_seen", "protocols", "commands"}) {
            assertThat(connection.has(key)).as("connection key %s", key).isTrue();
        }
        assertThat(json.get("protocols").get("tcp").get("packets").asLong()).isEqualTo(96);
    }

    @Test
    void summaryIsReadable() {
        int exit = run("analyze", SharedData.pcap("modbus/ModbusTCP.pcap").toString());

        assertThat(exit).isZero();
        assertThat(stdout()).contains("Packets    15,387").contains("Devices (14)").contains("141.81.0.10");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void nothingReadableIsAnErrorNamingEachFile() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a capture");

        int exit = run("analyze", text.toString(), dir.resolve("missing.pcap").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("notes.txt: not a pcap or pcapng file")
                .contains("missing.pcap: no such file").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void damagedFileStillReportsWhatWasReadAndWarnsWithTheOffset() throws Exception {
        byte[] whole = Files.readAllBytes(SharedData.pcap("dnp3/dnp3.pcap"));
        Path cut = Files.write(dir.resolve("cut.pcap"), java.util.Arrays.copyOf(whole, 5000));

        int exit = run("analyze", "--json", cut.toString());

        assertThat(exit).isZero();
        assertThat(stderr()).contains("warning: ").contains("cut.pcap at offset 4936").contains("truncated record");
        assertThat(stdout()).contains("\"packets\" : 55");
    }

    @Test
    void helpAndBadOptionsAreTidy() {
        assertThat(run("analyze", "--help")).isZero();
        assertThat(stdout()).contains("Usage: plantwatch analyze").contains("--json").contains("Exit codes");

        assertThat(run("analyze", "--bogus", "x.pcap")).isEqualTo(2);
        assertThat(stderr()).contains("Unknown option: '--bogus'").doesNotContain("Exception");

        assertThat(run("analyze")).isEqualTo(2);
        assertThat(stderr()).contains("Missing required parameter");
    }
}
