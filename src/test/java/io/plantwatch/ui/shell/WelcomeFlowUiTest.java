package io.plantwatch.ui.shell;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.demo.DemoOptions;
import io.plantwatch.console.demo.DemoPlant;
import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.demo.SimulatedDemoPlant;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * First run: the welcome view on an empty store starts the demo plant (a simulated factory replayed
 * by three real sensor services on loopback, replaying as fast as they can here) and the inventory
 * fills; stopping it removes its sensors, zones and site.
 */
class WelcomeFlowUiTest extends ConsoleUiTest {
    @TempDir
    Path data;
    private ConsoleServices services;
    private DemoPlant demo;

    @AfterEach
    void closeStore() {
        demo.close();
        services.close();
    }

    @Test
    void theWelcomeViewStartsTheRealDemoAndTheInventoryFills() throws Exception {
        services = ConsoleServices.open(data);
        demo = new DemoPlant(services, DemoOptions.STANDARD.fast(), Clock.systemUTC());
        open(services, data, new SimulatedDemoPlant(demo), (owner, name) -> Optional.empty());
        Node welcome = robot.lookup("#welcome-start-demo").query();
        assertThat(welcome.isVisible()).isTrue();
        assertThat(onFx(() -> window.shell().root().lookup(".welcome").isVisible())).isTrue();

        robot.clickOn("#welcome-start-demo");
        waitFor(() -> window.shell().current() == Screen.DASHBOARD && !window.demo().busyProperty().get());
        // The demo reloads the console when it is done; the welcome view leaves once that load is in.
        waitFor(() -> !window.shell().root().lookup(".welcome").isVisible());
        assertThat(services.sensors().list()).allSatisfy(sensor -> {
            assertThat(sensor.health()).as(sensor.lastError()).isEqualTo(SensorHealth.SYNCED);
            assertThat(sensor.kind()).as("a real Plantwatch sensor, synced incrementally").isEqualTo("PLANTWATCH");
        });
        assertThat(services.sensors().list()).extracting(sensor -> sensor.siteName() + "/" + sensor.zoneName())
                .containsExactlyInAnyOrder("Demo plant/Site network", "Demo plant/Production",
                        "Demo plant/Production");

        robot.clickOn("#nav-inventory");
        TableView<DeviceRow> table = robot.lookup("#device-table").query();
        int stored = services.inventory().summaries(null).size();
        assertThat(stored).as("the simulated factory's devices").isGreaterThan(60);
        waitFor(() -> table.isVisible() && table.getItems().size() == stored);
        assertThat(onFx(() -> table.getItems().stream().filter(row -> row.device().sensors()
                .containsAll(java.util.List.of("demo-cell-1", "demo-cell-2"))).count()))
                .as("the two production sensors' views overlap and merge").isPositive();
        assertThat(onFx(() -> window.data().alerts().size())).as("the simulated attacks raise alerts").isPositive();

        onFx(() -> window.demo().stopAndRemove());
        waitFor(() -> window.data().devices().isEmpty() && !window.demo().busyProperty().get());
        assertThat(services.sensors().list()).isEmpty();
        assertThat(services.topology().sites()).isEmpty();
        assertThat(services.topology().zones()).isEmpty();
        assertThat(data.resolve("demo")).doesNotExist();
        waitFor(() -> window.shell().root().lookup(".welcome").isVisible());
    }
}
