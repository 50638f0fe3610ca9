package io.plantwatch.ui.shell;

import io.plantwatch.ui.UiFixture;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.inventory.DeviceColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The inventory screen: typing in the search box and choosing a column filter narrow the table; CSV export. */
class InventoryUiTest extends ConsoleUiTest {
    @TempDir
    Path data;
    @TempDir
    Path exports;
    private UiFixture fixture;
    private TableView<DeviceRow> table;

    @BeforeEach
    void openInventory() throws Exception {
        fixture = new UiFixture(data).syncedPlant();
        Path csv = exports.resolve("shown.csv");
        open(fixture.services(), data, NO_DEMO, (owner, name) -> Optional.of(csv));
        robot.clickOn("#nav-inventory");
        table = robot.lookup("#device-table").query();
        waitFor(() -> table.getItems().size() == 6);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void searchAndColumnFiltersNarrowTheTable() throws Exception {
        robot.clickOn("#device-search").write("siemens");
        waitFor(() -> table.getItems().size() == 2);

        robot.clickOn("#filter-type");
        // The choice in the filter's pop-up list, not the table cell that says the same.
        robot.clickOn(robot.lookup((javafx.scene.Node node) -> node instanceof javafx.scene.control.ListCell
                && "HMI".equals(((javafx.scene.control.ListCell<?>) node).getText())
                && node.getScene() != table.getScene()).queryAs(javafx.scene.Node.class));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        waitFor(() -> table.getItems().size() == 1);
        assertThat(onFx(() -> table.getItems().get(0).ips())).isEqualTo("10.0.0.2");
        assertThat(onFx(() -> window.inventory().filter(DeviceColumn.TYPE).chosen())).containsExactly("HMI");

        onFx(() -> {
            window.inventory().clearFilters();
            return null;
        });
        waitFor(() -> table.getItems().size() == 6);
        assertThat(robot.lookup("#device-search").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void csvExportWritesWhatIsShown() throws Exception {
        robot.clickOn("#device-search").write("plc");
        waitFor(() -> table.getItems().size() == 3);
        robot.clickOn("Export CSV");
        Path csv = exports.resolve("shown.csv");
        waitFor(() -> Files.exists(csv));

        List<String> expected = onFx(() -> {
            List<String> lines = new ArrayList<>();
            lines.add(table.getVisibleLeafColumns().stream().map(column -> quoteIfSpaced(column.getText()))
                    .reduce((a, b) -> a + "," + b).orElseThrow());
            return lines;
        });
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + 3);
        assertThat(lines.get(0)).isEqualTo(expected.get(0));
        List<String> shownIps = onFx(() -> table.getItems().stream().map(DeviceRow::ips).toList());
        for (int i = 0; i < shownIps.size(); i++) {
            assertThat(lines.get(i + 1)).contains("," + shownIps.get(i) + ",");
        }
    }

    @Test
    void theDetailPaneShowsThePlaceholderUntilADeviceIsSelectedThenItsDetails() throws Exception {
        javafx.scene.Node placeholder = robot.lookup("#device-detail-placeholder").query();
        assertThat(onFx(placeholder::isVisible)).isTrue();
        // Made on the first selection (launch cost), not hidden behind the placeholder.
        assertThat(robot.lookup("#detailTabs").tryQuery()).isEmpty();
        assertThat(robot.lookup(".welcome").tryQuery()).isEmpty();

        robot.clickOn("#device-search").write("00:a0:45");
        waitFor(() -> table.getItems().size() == 1);
        String name = onFx(() -> table.getItems().get(0).displayName());
        robot.clickOn(robot.lookup("#device-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));

        waitFor(() -> robot.lookup("#device-detail-title").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup("#device-detail-title").queryLabeled().getText()).isEqualTo(name);
        assertThat(onFx(placeholder::isVisible)).isFalse();
        assertThat(robot.lookup("#detailTabs").tryQuery()).isPresent();
    }

    @Test
    void anEditSavedInTheDetailPaneIsThereAfterReopeningTheStore() throws Exception {
        robot.clickOn("#device-search").write("00:a0:45");
        waitFor(() -> table.getItems().size() == 1);
        long id = onFx(() -> table.getItems().get(0).id());
        robot.clickOn(robot.lookup("#device-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor(() -> window.inventory().detail().fullDeviceProperty().get() != null);
        // A narrow detail pane puts the Edit tab in the tab header's overflow menu: select it directly.
        onFx(() -> {
            javafx.scene.control.TabPane tabs = robot.lookup("#detailTabs").query();
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> tab.getText().equals("Edit"))
                    .findFirst().orElseThrow());
            return null;
        });
        waitFor(() -> robot.lookup("#editName").query().isVisible());
        robot.doubleClickOn("#editName").eraseText(1).write("Pump I/O rack");
        robot.clickOn("#editAuthorized .box");
        robot.clickOn("#editNotes").write("Cabinet 4");
        robot.clickOn("#saveButton");
        waitFor(() -> "Pump I/O rack".equals(window.data().snapshot().devicesById().get(id).device().name()));
        waitFor(() -> !window.inventory().detail().history().isEmpty());

        closeWindow();
        fixture.console().closeConsole();
        open(fixture.services(), data);
        robot.clickOn("#nav-inventory");
        table = robot.lookup("#device-table").query();
        waitFor(() -> table.getItems().size() == 6);
        DeviceRow reopened = onFx(() -> window.data().snapshot().devicesById().get(id));
        assertThat(reopened.displayName()).isEqualTo("Pump I/O rack");
        assertThat(reopened.authorized()).isTrue();
        assertThat(reopened.device().notes()).isEqualTo("Cabinet 4");
        assertThat(fixture.services().inventory().history(id)).extracting(entry -> entry.field())
                .containsExactly("name", "authorized", "notes");
    }

    private static String quoteIfSpaced(String title) {
        return title.contains(" ") ? "\"" + title + "\"" : title;
    }
}
