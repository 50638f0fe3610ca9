package io.plantwatch.ui.shell;

import io.plantwatch.console.ConsoleFixture;
import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.SyncListener;
import io.plantwatch.sensor.SensorConfig;
import io.plantwatch.sensor.SensorService;
import io.plantwatch.sensor.ti.TiPackageStore;
import io.plantwatch.sensor.ti.TrustedKeys;
import io.plantwatch.sensor.tokens.TokenFile;
import io.plantwatch.testing.SharedData;
import io.plantwatch.ti.content.PackageFiles;
import io.plantwatch.ti.format.Digests;
import io.plantwatch.ti.format.PackageWriter;
import io.plantwatch.ti.format.SignedPackage;
import io.plantwatch.ti.format.SigningKeys;
import io.plantwatch.ui.dashboard.DashboardCounter;
import io.plantwatch.ui.dashboard.Slice;
import io.plantwatch.ui.sensors.TopologyNode;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sites & sensors flags sensors whose TI package is older than the newest the console knows:
 * three real sensors on loopback with packages 2026.11.2, 2026.11.10 (newer: versions compare by
 * number, not as text) and none. After a sync, 2026.11.2 and none are flagged, with their zones
 * and site counting them; after the console imports 2026.12.1, 2026.11.10 is flagged too. The
 * dashboard's TI chart and the {@code sensors --json} data say the same.
 */
class OutdatedTiUiTest extends ConsoleUiTest {
    @TempDir
    Path work;
    private final List<SensorService> sensors = new ArrayList<>();
    private ConsoleServices console;

    @AfterEach
    void stop() {
        sensors.forEach(SensorService::close);
        if (console != null) {
            console.close();
        }
    }

    @Test
    void sensorsOnAnOlderPackageThanTheNewestKnownAreFlagged() throws Exception {
        KeyPair keys = SigningKeys.generate();
        SigningKeys.write(keys, work.resolve("keys"));
        console = ConsoleServices.open(work.resolve("console"), ConsoleFixture.FAST, Clock.systemUTC());
        start("old", "north", keys, "2026.11.2");
        start("new", "north", keys, "2026.11.10");
        start("bare", "south", keys, null);
        assertThat(console.sync().syncAll(SyncListener.NONE, Cancellation.none()).allSucceeded()).isTrue();

        open(console, work.resolve("settings"));
        robot.clickOn("#nav-sensors");
        TreeTableView<TopologyNode> tree = robot.lookup("#sensor-tree").query();
        waitFor(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        waitFor(() -> flagged().size() == 5);
        assertThat(flagged()).containsExactlyInAnyOrder("2026.11.2 (outdated)", "none (outdated)",
                "1 outdated", "1 outdated", "2 outdated");
        assertThat(tiCells()).contains("2026.11.10");
        assertThat(slices()).containsExactly("2026.11.2 (outdated)", "2026.11.10", "none (outdated)");

        SignedPackage newer = tiPackage(keys, "2026.12.1");
        console.tiPackages().imported(newer.manifest(), Digests.sha256(newer.zip()));
        onFx(() -> {
            window.data().reload();
            return null;
        });
        waitFor(() -> flagged().contains("2026.11.10 (outdated)"));
        assertThat(flagged()).contains("2026.11.2 (outdated)", "none (outdated)", "3 outdated");
        assertThat(slices()).containsExactly("2026.11.2 (outdated)", "2026.11.10 (outdated)", "none (outdated)");
    }

    private List<String> flagged() {
        List<String> texts = new ArrayList<>();
        robot.lookup(".ti-outdated").queryAll().forEach(node -> {
            if (node instanceof TreeTableCell && ((TreeTableCell<?, ?>) node).getText() != null) {
                texts.add(((TreeTableCell<?, ?>) node).getText());
            }
        });
        return texts;
    }

    private Set<String> tiCells() {
        Set<String> texts = new TreeSet<>();
        robot.lookup(".tree-table-cell").queryAll().forEach(node -> {
            String text = ((TreeTableCell<?, ?>) node).getText();
            if (text != null) {
                texts.add(text);
            }
        });
        return texts;
    }

    private List<String> slices() throws Exception {
        return onFx(() -> new DashboardCounter(8).count(window.data().snapshot()).tiVersions().stream()
                .map(Slice::label).toList());
    }

    private void start(String name, String zone, KeyPair keys, String tiVersion) throws Exception {
        Path data = work.resolve(name);
        TrustedKeys.install(data, List.of(work.resolve("keys").resolve(SigningKeys.PUBLIC_FILE)));
        if (tiVersion != null) {
            new TiPackageStore(data).apply(tiPackage(keys, tiVersion).zip());
        }
        SensorService sensor = SensorService.start(new SensorConfig(name, data, "127.0.0.1", 0, null,
                List.of(SharedData.pcap("modbus/ModbusTCP.pcap")), 0, false, 30), "test");
        sensors.add(sensor);
        String token = new TokenFile(data).create("console");
        console.sensors().add(name, "https://127.0.0.1:" + sensor.port(), token, "plant", zone,
                Fingerprint.parse(sensor.fingerprint()));
    }

    private static SignedPackage tiPackage(KeyPair keys, String version) throws Exception {
        return new PackageWriter(keys.getPrivate()).write(version, Instant.parse("2026-11-29T00:00:00Z"), "tests",
                Map.of(), Map.of(PackageFiles.INDICATORS, "{\"indicators\":[]}\n".getBytes(StandardCharsets.UTF_8)));
    }
}
