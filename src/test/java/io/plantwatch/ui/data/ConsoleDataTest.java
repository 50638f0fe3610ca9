package io.plantwatch.ui.data;

import io.plantwatch.ui.UiFixture;
import io.plantwatch.ui.ViewModelContext;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's data on a real store synced from three light sensors in two zones: the first load
 * fills the device list zone by zone before it counts as loaded; a reload replaces it at once.
 */
class ConsoleDataTest {
    @TempDir
    Path data;
    private UiFixture fixture;
    private ViewModelContext context;

    @BeforeEach
    void plant() throws Exception {
        fixture = new UiFixture(data).syncedPlant();
        context = ViewModelContext.of(fixture.services());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Each change of the device list: rows added, rows removed, and whether the data counted as loaded. */
    private record Change(int added, int removed, boolean loaded) {
    }

    private List<Change> recordChanges(ConsoleData consoleData) {
        List<Change> changes = new ArrayList<>();
        consoleData.devices().addListener((ListChangeListener<DeviceRow>) change -> {
            while (change.next()) {
                changes.add(new Change(change.getAddedSize(), change.getRemovedSize(),
                        consoleData.loadedProperty().get()));
            }
        });
        return changes;
    }

    @Test
    void theFirstLoadShowsEachZonesRowsBeforeItIsDone() {
        ConsoleData consoleData = context.data();
        List<Change> changes = recordChanges(consoleData);
        consoleData.reload();

        ConsoleSnapshot snapshot = consoleData.snapshot();
        List<String> zones = snapshot.devices().stream().map(DeviceRow::zone).distinct().toList();
        assertThat(zones).containsExactly("north", "south");
        long north = snapshot.devices().stream().filter(row -> row.zone().equals("north")).count();
        assertThat(changes).containsExactly(new Change((int) north, 0, false),
                new Change(snapshot.devices().size() - (int) north, 0, false));
        assertThat(consoleData.loadedProperty().get()).isTrue();
        assertThat(consoleData.devices()).containsExactlyElementsOf(snapshot.devices());
        assertThat(new SnapshotLoader(fixture.services()).load(SnapshotLoader.Steps.NONE,
                io.plantwatch.console.sync.Cancellation.none()).devices()).isEqualTo(snapshot.devices());
    }

    @Test
    void aReloadReplacesTheRowsAtOnce() {
        ConsoleData consoleData = context.loaded();
        List<Change> changes = recordChanges(consoleData);
        int rows = consoleData.devices().size();
        consoleData.reload();

        assertThat(changes).containsExactly(new Change(rows, rows, true));
        assertThat(consoleData.devices()).containsExactlyElementsOf(consoleData.snapshot().devices());
    }
}
