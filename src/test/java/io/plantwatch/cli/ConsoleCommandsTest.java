package io.plantwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantwatch.bench.lightsensor.ApiRecords;
import io.plantwatch.bench.lightsensor.LightInventory;
import io.plantwatch.bench.lightsensor.LightSensor;
import io.plantwatch.console.ConsoleFixture;
import io.plantwatch.console.sensors.Fingerprint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's headless commands, run as a user would (through picocli) against real sensors and store. */
class ConsoleCommandsTest {
    private static final long T = 1_700_000_000_000L;

    @TempDir
    Path data;
    private final List<LightSensor> sensors = new ArrayList<>();
    private String fingerprint;
    private LightInventory north1;

    private record Run(int exit, String out, String err) {
    }

    private Run runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        // As Launcher.commandLine builds it, with a standard input of the test's own.
        CommandLine cli = new CommandLine(new PlantwatchCommand());
        ConsoleCommands.register(cli, outStream, errStream,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        cli.setOut(new java.io.PrintWriter(outStream, true));
        cli.setErr(new java.io.PrintWriter(errStream, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            errStream.println("error: " + e.getMessage());
            return 1;
        });
        List<String> withData = new ArrayList<>(List.of(args));
        if (!withData.contains("--help")) {
            withData.add("--data");
            withData.add(data.toString());
        }
        int exit = cli.execute(withData.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(String... args) {
        return runWithInput("", args);
    }

    @BeforeEach
    void sensors() throws Exception {
        fingerprint = Fingerprint.of(ConsoleFixture.keys().certificate()).toString();
        north1 = new LightInventory();
        north1.putDevice(ApiRecords.device(1, "00:1b:1b:00:00:01", "10.0.0.1", "Siemens AG", "PLC", "V1", T));
        north1.putDevice(ApiRecords.device(2, "00:1b:1b:00:00:02", "10.0.0.2", "Siemens AG", "HMI", null, T));
        north1.putAlert(ApiRecords.alert("a-1", T, "Unauthorized PLC Programming", "10.0.0.2", "10.0.0.1", 2L, 1L));
        LightInventory north2 = new LightInventory();
        north2.putDevice(ApiRecords.device(5, "00:1b:1b:00:00:01", "10.0.0.1", "Siemens AG", "PLC", "V2", T + 1));
        LightInventory south = new LightInventory();
        south.putDevice(ApiRecords.device(1, "00:0e:8c:00:00:01", "10.0.0.1", "Schneider", "PLC", null, T));
        sensors.add(LightSensor.plantwatch("n1", "token-n1", north1, ConsoleFixture.keys()));
        sensors.add(LightSensor.plantwatch("n2", "token-n2", north2, ConsoleFixture.keys()));
        sensors.add(LightSensor.plantwatch("s1", "token-s1", south, ConsoleFixture.keys()));
    }

    @AfterEach
    void close() {
        sensors.forEach(LightSensor::close);
    }

    private void addAll() {
        String[][] plan = {{"n1", "north"}, {"n2", "north"}, {"s1", "south"}};
        for (int i = 0; i < plan.length; i++) {
            Run add = run("sensors", "add", "--name", plan[i][0], "--url", sensors.get(i).url(), "--token",
                    "token-" + plan[i][0], "--site", "plant", "--zone", plan[i][1], "--fingerprint", fingerprint);
            assertThat(add.exit()).as(add.err()).isZero();
            assertThat(add.out()).contains("certificate pinned").contains(fingerprint);
        }
    }

    @Test
    void addSyncAndListDevicesAsJson() throws Exception {
        addAll();
        Run sync = run("sync");
        assertThat(sync.exit()).as(sync.out() + sync.err()).isZero();
        assertThat(sync.out()).contains("n1: SYNCED").contains("s1: SYNCED");

        Run devices = run("devices", "--json");

        assertThat(devices.exit()).isZero();
        JsonNode list = new ObjectMapper().readTree(devices.out()).get("devices");
        assertThat(list).hasSize(3);
        for (JsonNode device : list) {
            assertThat(device.has("macs") && device.has("ips") && device.has("vendor") && device.has("type")
                    && device.has("zone") && device.has("site") && device.has("sensors")).as(device.toString()).isTrue();
        }
        JsonNode plc = null;
        for (JsonNode device : list) {
            if (device.get("zone").asText().equals("north") && device.get("ips").toString().contains("10.0.0.1")) {
                plc = device;
            }
        }
        assertThat(plc).isNotNull();
        assertThat(plc.get("sensors").toString()).isEqualTo("[\"n1\",\"n2\"]");
        assertThat(plc.get("site").asText()).isEqualTo("plant");
        assertThat(plc.get("macs").toString()).isEqualTo("[\"00:1b:1b:00:00:01\"]");
        assertThat(plc.get("conflicts").get(0).get("field").asText()).isEqualTo("firmware");
        assertThat(plc.get("provenance")).hasSize(2);
        assertThat(plc.get("first_seen").isNumber()).isTrue();

        Run south = run("devices", "--zone", "plant/south", "--json");
        assertThat(new ObjectMapper().readTree(south.out()).get("devices")).hasSize(1);
        Run table = run("devices", "--zone", "north");
        assertThat(table.out()).contains("00:1b:1b:00:00:01").contains("firmware: [V2 (n2), V1 (n1)]")
                .contains("2 devices");
    }

    @Test
    void alertsListAndHandle() throws Exception {
        addAll();
        run("sync");
        JsonNode alerts = new ObjectMapper().readTree(run("alerts", "--json").out()).get("alerts");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("handled").asBoolean()).isFalse();
        String id = alerts.get(0).get("id").asText();

        Run handle = run("alerts", "handle", id);

        assertThat(handle.exit()).as(handle.out() + handle.err()).isZero();
        assertThat(handle.out()).contains("n1 a-1: accepted");
        assertThat(north1.alert("a-1").handled()).isTrue();
        assertThat(run("alerts").out()).contains("Unauthorized PLC Programming").contains(" yes ");
    }

    @Test
    void interactiveAddAsksAndANoAddsNothing() {
        Run refused = runWithInput("n\n", "sensors", "add", "--name", "n1", "--url", sensors.get(0).url(), "--token", "token-n1",
                "--site", "plant", "--zone", "north");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("SHA-256 fingerprint: " + fingerprint);
        assertThat(run("sensors", "list").out()).doesNotContain("n1 ");

        Run noInput = runWithInput("", "sensors", "add", "--name", "n1", "--url", sensors.get(0).url(), "--token", "token-n1",
                "--site", "plant", "--zone", "north");
        assertThat(noInput.exit()).isEqualTo(1);
        assertThat(noInput.err()).contains("--fingerprint " + fingerprint);

        Run accepted = runWithInput("y\n", "sensors", "add", "--name", "n1", "--url", sensors.get(0).url(), "--token",
                "token-n1", "--site", "plant", "--zone", "north");
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        assertThat(run("sensors", "list").out()).contains("n1").contains("plant/north").contains(fingerprint);
    }

    @Test
    void healthShowsAFailedSensorAndSyncSaysSo() {
        addAll();
        sensors.get(1).close();

        Run sync = run("sync");
        Run health = run("sensors", "health");

        assertThat(sync.exit()).isEqualTo(1);
        assertThat(sync.out()).contains("n2: DISCONNECTED");
        assertThat(health.out()).containsPattern("n1\\s+SYNCED").containsPattern("n2\\s+DISCONNECTED")
                .doesNotContain("token-n");
        assertThat(run("sensors", "list", "--json").out()).doesNotContain("token-n");
    }

    @Test
    void sensorsJsonFlagsTiVersionsOlderThanTheNewestPackageImported() throws Exception {
        addAll();
        assertThat(run("sync").exit()).isZero();
        JsonNode before = new ObjectMapper().readTree(run("sensors", "list", "--json").out());
        assertThat(before.get("newest_ti_version").isNull()).isTrue();
        before.get("sensors").forEach(sensor -> {
            assertThat(sensor.get("ti_version").isNull()).as(sensor.toString()).isTrue();
            assertThat(sensor.get("ti_outdated").asBoolean()).as("nothing known, nothing outdated").isFalse();
        });

        var keys = io.plantwatch.ti.format.SigningKeys.generate();
        var signed = new io.plantwatch.ti.format.PackageWriter(keys.getPrivate()).write("2026.11.29",
                java.time.Instant.parse("2026-11-29T00:00:00Z"), "tests", java.util.Map.of(),
                java.util.Map.of(io.plantwatch.ti.content.PackageFiles.INDICATORS, "{\"indicators\":[]}\n".getBytes()));
        try (io.plantwatch.console.ConsoleServices console = io.plantwatch.console.ConsoleServices.open(data)) {
            console.tiPackages().imported(signed.manifest(), io.plantwatch.ti.format.Digests.sha256(signed.zip()));
        }
        JsonNode after = new ObjectMapper().readTree(run("sensors", "list", "--json").out());
        assertThat(after.get("newest_ti_version").asText()).isEqualTo("2026.11.29");
        assertThat(after.get("sensors")).hasSize(3);
        after.get("sensors").forEach(sensor -> assertThat(sensor.get("ti_outdated").asBoolean())
                .as("no package while the console knows one: " + sensor).isTrue());
    }

    @Test
    void sitesAndZones() {
        assertThat(run("sites", "add", "plant").exit()).isZero();
        assertThat(run("zones", "add", "--site", "plant", "north").exit()).isZero();
        Run duplicate = run("zones", "add", "--site", "plant", "north");
        assertThat(duplicate.exit()).isNotZero();
        assertThat(duplicate.err()).contains("already exists");
        assertThat(run("zones", "add", "--site", "nowhere", "x").err()).contains("no site named nowhere");
        assertThat(run("sites", "list").out()).isEqualTo("plant" + System.lineSeparator());
        assertThat(run("zones", "list").out()).isEqualTo("plant/north" + System.lineSeparator());
    }

    @Test
    void theLauncherOffersTheConsoleCommands() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Launcher.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("sensors").contains("sync").contains("devices")
                .contains("alerts").contains("sites").contains("zones");
    }

    @Test
    void everyConsoleCommandHasHelp() {
        for (String[] command : new String[][] {{"sensors", "--help"}, {"sensors", "add", "--help"},
            {"sync", "--help"}, {"devices", "--help"}, {"alerts", "--help"}, {"sites", "--help"}, {"zones", "--help"}}) {
            Run help = run(command);
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("Usage:");
        }
    }
}
