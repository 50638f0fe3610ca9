package io.plantwatch.ui.shell;

import io.plantwatch.ui.UiFixture;
import io.plantwatch.ui.data.AlertRow;
import io.plantwatch.ui.sensors.SensorJobRow;
import io.plantwatch.ui.sensors.TopologyNode;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Sites & sensors (bulk sync over a selection) and alerts (handling reaches the sensor) through the real window. */
class SensorsAndAlertsUiTest extends ConsoleUiTest {
    @TempDir
    Path data;
    private UiFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aBulkSyncOverSelectedSensorsReportsEachResult() throws Exception {
        fixture = new UiFixture(data).plant();
        fixture.gamma().close();
        open(fixture.services(), data);
        robot.clickOn("#nav-sensors");
        TreeTableView<TopologyNode> tree = robot.lookup("#sensor-tree").query();
        waitFor(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());

        robot.clickOn("alpha");
        robot.press(KeyCode.CONTROL).clickOn("gamma").release(KeyCode.CONTROL);
        waitFor(() -> window.sensors().selected().size() == 2);
        robot.clickOn("#sync-selected");

        waitFor(() -> !window.sensors().jobRunningProperty().get() && window.sensors().jobRows().size() == 2);
        assertThat(onFx(() -> window.sensors().jobRows().stream().map(row -> row.sensor() + " " + row.state())
                .toList())).containsExactly("alpha SUCCEEDED", "gamma FAILED");
        // Each result is on screen, in the job list.
        robot.lookup("#job-list").queryListView().getItems().forEach(row -> assertThat(row).isNotNull());
        assertThat(robot.lookup(".job-failed .job-message").queryLabeled().getText()).startsWith("DISCONNECTED: ");
        assertThat(robot.lookup(".job-succeeded .job-message").queryLabeled().getText()).startsWith("Full sync: ");
        waitFor(() -> window.data().devices().size() == 3);
        assertThat(onFx(() -> window.sensors().jobRows().stream().map(SensorJobRow::message).toList()))
                .hasSize(2);
    }

    @Test
    void handlingAnAlertUpdatesTheSensor() throws Exception {
        fixture = new UiFixture(data).syncedPlant();
        open(fixture.services(), data);
        robot.clickOn("#nav-alerts");
        TableView<AlertRow> table = robot.lookup("#alert-table").query();
        waitFor(() -> table.getItems().size() == 3);

        robot.clickOn("PLC program download");
        waitFor(() -> window.alerts().selectedProperty().get() != null);
        robot.clickOn("#handle-alert");

        waitFor(() -> fixture.alpha().inventory().alert("a-1").handled());
        assertThat(fixture.alpha().inventory().alert("a-1").status()).isEqualTo("HANDLED");
        waitFor(() -> table.getItems().size() == 2);
        assertThat(onFx(() -> table.getItems().stream().map(AlertRow::title).toList()))
                .doesNotContain("PLC program download");
    }
}
