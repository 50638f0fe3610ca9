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

    private static String quoteIfSpaced(String title) {
        return title.contains(" ") ? "\"" + title + "\"" : title;
    }
}
