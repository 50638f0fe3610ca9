package io.plantwatch.ui.dashboard;

import io.plantwatch.ui.UiFixture;
import io.plantwatch.ui.ViewModelContext;
import io.plantwatch.ui.data.Severity;
import io.plantwatch.ui.inventory.DeviceColumn;
import io.plantwatch.ui.shell.Navigator;
import io.plantwatch.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's figures from a real store, the folding of long tails, and what a click opens. */
class DashboardViewModelTest {
    @TempDir
    Path data;
    private UiFixture fixture;
    private final List<String> navigation = new ArrayList<>();
    private DashboardViewModel dashboard;

    @BeforeEach
    void plant() throws Exception {
        fixture = new UiFixture(data).syncedPlant();
        ViewModelContext context = ViewModelContext.of(fixture.services());
        dashboard = new DashboardViewModel(context.data(), new Navigator() {
            @Override
            public void show(Screen screen) {
                navigation.add("show " + screen);
            }

            @Override
            public void showDevices(DeviceColumn column, String value) {
                navigation.add("devices " + column + "=" + value);
            }

            @Override
            public void showDevicesMatching(String query) {
                navigation.add("search " + query);
            }

            @Override
            public void showAlerts(Severity severity, String engine) {
                navigation.add("alerts " + severity + " " + engine);
            }
        });
        context.loaded();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void countsTheSnapshot() {
        DashboardFigures figures = dashboard.figures();
        assertThat(figures.devices()).isEqualTo(6);
        assertThat(figures.sensors()).isEqualTo(3);
        assertThat(figures.zones()).isEqualTo(2);
        assertThat(figures.openAlerts()).isEqualTo(3);
        assertThat(figures.conflicts()).isEqualTo(1);
        assertThat(figures.devicesByType()).containsExactly(new Slice("PLC", 3), new Slice("Engineering Station", 1),
                new Slice("HMI", 1), new Slice("Remote I/O", 1));
        assertThat(figures.alertsBySeverity()).containsExactly(new Slice("Critical", 1), new Slice("Minor", 1),
                new Slice("Warning", 1));
        assertThat(figures.sensorHealth()).containsExactly(new Slice("Synced", 3));
        assertThat(figures.tiVersions()).as("the light sensors report no TI package")
                .containsExactly(new Slice("none", 3));
    }

    @Test
    void aClickedSliceOpensItsDevicesOrAlerts() {
        dashboard.drillDown(DashboardViewModel.Chart.DEVICES_BY_VENDOR, "Siemens AG");
        dashboard.drillDown(DashboardViewModel.Chart.ALERTS_BY_SEVERITY, "Critical");
        dashboard.drillDown(DashboardViewModel.Chart.ALERTS_BY_ENGINE, "Anomaly");
        dashboard.drillDown(DashboardViewModel.Chart.DEVICES_BY_TYPE, DashboardCounter.OTHER);
        assertThat(navigation).containsExactly("devices VENDOR=Siemens AG", "alerts Critical null",
                "alerts null Anomaly");
    }

    @Test
    void longTailsFoldIntoOther() {
        DashboardCounter counter = new DashboardCounter(2);
        assertThat(counter.top(Map.of("a", 5L, "b", 4L, "c", 1L, "d", 1L)))
                .containsExactly(new Slice("a", 5), new Slice("b", 4), new Slice("Other", 2));
        assertThat(counter.top(Map.of("a", 5L, "b", 4L, "c", 1L)))
                .containsExactly(new Slice("a", 5), new Slice("b", 4), new Slice("c", 1));
    }
}
