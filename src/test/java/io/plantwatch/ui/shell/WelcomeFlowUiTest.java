package io.plantwatch.ui.shell;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.demo.LightDemoPlant;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** First run: the welcome view on an empty store starts the demo plant and the inventory fills. */
class WelcomeFlowUiTest extends ConsoleUiTest {
    @TempDir
    Path data;
    private ConsoleServices services;

    @AfterEach
    void closeStore() {
        services.close();
    }

    @Test
    void theWelcomeViewStartsTheDemoAndTheInventoryFills() throws Exception {
        services = ConsoleServices.open(data);
        LightDemoPlant demo = new LightDemoPlant(services);
        open(services, data, demo, (owner, name) -> Optional.empty());
        Node welcome = robot.lookup("#welcome-start-demo").query();
        assertThat(welcome.isVisible()).isTrue();
        assertThat(onFx(() -> window.shell().root().lookup(".welcome").isVisible())).isTrue();

        robot.clickOn("#welcome-start-demo");
        waitFor(() -> window.data().devices().size() == 35 && window.shell().current() == Screen.DASHBOARD);
        assertThat(onFx(() -> window.shell().root().lookup(".welcome").isVisible())).isFalse();

        robot.clickOn("#nav-inventory");
        TableView<DeviceRow> table = robot.lookup("#device-table").query();
        waitFor(() -> table.isVisible() && table.getItems().size() == 35);
        assertThat(services.sensors().list()).extracting(sensor -> sensor.zoneName())
                .containsExactlyInAnyOrder("Process control", "Process control", "Packaging");
        assertThat(onFx(() -> window.data().alerts().size())).isEqualTo(11);

        onFx(() -> window.demo().stopAndRemove());
        waitFor(() -> window.data().devices().isEmpty());
        assertThat(services.sensors().list()).isEmpty();
        waitFor(() -> window.shell().root().lookup(".welcome").isVisible());
    }
}
