package io.plantwatch.ui.shell;

import io.plantwatch.console.ConsoleFixture;
import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.ui.SlowSensor;
import io.plantwatch.ui.sensors.SensorJobRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sensor that does not answer does not freeze the console: while its sync waits, the window
 * still switches screens and filters, and the sync can be cancelled.
 */
class SlowSensorUiTest extends ConsoleUiTest {
    @TempDir
    Path data;
    private ConsoleServices services;
    private SlowSensor slow;

    @AfterEach
    void close() {
        slow.close();
        services.close();
    }

    @Test
    void theWindowKeepsWorkingWhileASensorHangsAndTheSyncCanBeCancelled() throws Exception {
        slow = new SlowSensor();
        services = ConsoleServices.open(data, ConsoleFixture.FAST, Clock.systemUTC());
        services.sensors().add("sluggish", slow.url(), "token", "plant", "north",
                Fingerprint.of(ConsoleFixture.keys().certificate()));
        open(services, data);

        robot.clickOn("#nav-sensors");
        robot.clickOn("Sync all sensors");
        waitFor(() -> slow.waiting() == 1 && window.sensors().jobRunningProperty().get());

        // The sync is stuck inside a request; the FX thread is not.
        robot.clickOn("#nav-alerts");
        waitFor(() -> window.shell().current() == Screen.ALERTS);
        robot.clickOn("#nav-inventory");
        robot.clickOn("#device-search").write("plc");
        waitFor(() -> "plc".equals(window.inventory().searchProperty().get()));
        assertThat(slow.waiting()).isEqualTo(1);
        assertThat(onFx(() -> window.sensors().jobRows().get(0).state())).isEqualTo(SensorJobRow.State.RUNNING);

        robot.clickOn("#nav-sensors");
        onFx(() -> {
            window.sensors().cancelJob();
            return null;
        });
        slow.release();
        waitFor(() -> !window.sensors().jobRunningProperty().get());
        assertThat(onFx(() -> window.sensors().jobRows().get(0).state()))
                .isIn(SensorJobRow.State.FAILED, SensorJobRow.State.CANCELLED);
    }
}
