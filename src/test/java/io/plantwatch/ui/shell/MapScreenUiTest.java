package io.plantwatch.ui.shell;

import io.plantwatch.console.map.MapNode;
import io.plantwatch.ui.UiFixture;
import io.plantwatch.ui.map.MapController;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Map entry of the navigation opens the device map of the store's merged devices and connections. */
class MapScreenUiTest extends ConsoleUiTest {
    @TempDir
    Path data;
    private UiFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theMapShowsTheMergedDevicesAndTheirConnections() throws Exception {
        fixture = new UiFixture(data).syncedPlant();
        open(fixture.services(), data);
        robot.clickOn("#nav-map");
        waitFor(() -> window.shell().current() == Screen.MAP);
        MapController map = onFx(() -> (MapController) window.shell().view(Screen.MAP));
        waitFor(() -> map.model().scene() != null && map.model().scene().graph().size() == 6);

        // alpha and beta both see 10.0.0.1 in plant/north: merged into one device, one node.
        assertThat(onFx(() -> map.model().scene().graph().nodes().stream().map(MapNode::label).toList()))
                .filteredOn(label -> label.equals("10.0.0.1")).hasSize(2); // one in north, one in south
        assertThat(onFx(() -> map.model().scene().graph().edges())).hasSize(1);
        assertThat(onFx(() -> map.model().scene().graph().edges().get(0).protocols())).containsExactly("s7comm");
        assertThat(onFx(() -> window.shell().view(Screen.MAP).subtitle().get())).startsWith("6 devices, 1 connections");
    }

    @Test
    void clickingADeviceOpensItInTheInventorysDetailPane() throws Exception {
        fixture = new UiFixture(data).syncedPlant();
        open(fixture.services(), data);
        robot.clickOn("#nav-map");
        waitFor(() -> window.shell().current() == Screen.MAP);
        MapController map = onFx(() -> (MapController) window.shell().view(Screen.MAP));
        waitFor(() -> map.model().scene() != null && map.model().scene().graph().size() == 6
                && map.canvas().frames() > 0);
        // The device with the s7comm connection: the one whose details list a link.
        int node = onFx(() -> map.model().scene().graph().edges().get(0).source());
        MapNode device = onFx(() -> map.model().scene().graph().node(node));
        javafx.geometry.Point2D at = onFx(() -> map.canvas().localToScreen(
                map.canvas().transform().toScreenX(map.model().positions().x()[node]),
                map.canvas().transform().toScreenY(map.model().positions().y()[node])));

        robot.moveTo(at).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        waitFor(() -> map.model().selectedProperty().get() == node);
        javafx.scene.Node pane = robot.lookup("#map-device-detail").query();
        waitFor(pane::isVisible);
        javafx.scene.control.Label title = robot.from(pane).lookup("#device-detail-title").queryAs(
                javafx.scene.control.Label.class);
        assertThat(title.getText()).isEqualTo(device.label());
        assertThat(robot.from(pane).lookup("#detailTabs").queryAs(javafx.scene.control.TabPane.class).getTabs())
                .extracting(javafx.scene.control.Tab::getText)
                .contains("Properties", "Sensors", "Links (1)", "Alerts (" + device.alerts() + ")", "CVEs", "Edit");
        assertThat(onFx(() -> window.inventory().detail().deviceProperty().get()))
                .as("the map's selection leaves the inventory's alone").isNull();

        // The background: no device, the pane goes.
        robot.moveTo(onFx(() -> map.canvas().localToScreen(3, 3))).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        waitFor(() -> !pane.isVisible());
    }
}
