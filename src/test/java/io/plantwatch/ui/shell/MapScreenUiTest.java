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
}
