package io.plantwatch.ui.alerts;

import io.plantwatch.model.ApiAlertAction;
import io.plantwatch.ui.UiFixture;
import io.plantwatch.ui.ViewModelContext;
import io.plantwatch.ui.data.AlertRow;
import io.plantwatch.ui.data.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Alerts: filters, detail and handling through the console service to the light sensors; no stage. */
class AlertsViewModelTest {
    @TempDir
    Path data;
    private UiFixture fixture;
    private ViewModelContext context;
    private AlertsViewModel alerts;

    @BeforeEach
    void plant() throws Exception {
        fixture = new UiFixture(data).syncedPlant();
        context = ViewModelContext.of(fixture.services());
        Clock clock = Clock.fixed(Instant.ofEpochMilli(UiFixture.T + 60_000), ZoneOffset.UTC);
        alerts = new AlertsViewModel(fixture.services(), context.data(), context.tasks(), clock);
        context.loaded();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private java.util.List<String> shownTitles() {
        return alerts.rows().stream().map(AlertRow::title).toList();
    }

    @Test
    void openAlertsNewestFirst() {
        assertThat(shownTitles()).containsExactly("PLC program download", "New device", "Modbus exception");
        assertThat(alerts.engineChoices()).containsExactly("Anomaly", "Policy Violation", "Protocol Violation");
        assertThat(alerts.sensorChoices()).containsExactly("alpha", "beta");
    }

    @Test
    void filtersNarrowTheList() {
        alerts.severities().setAll(Severity.CRITICAL, Severity.MINOR);
        assertThat(shownTitles()).containsExactly("PLC program download", "Modbus exception");
        alerts.engines().setAll("Protocol Violation");
        assertThat(shownTitles()).containsExactly("Modbus exception");
        alerts.clearFilters();
        alerts.sensors().setAll("beta");
        assertThat(shownTitles()).containsExactly("Modbus exception");
        alerts.clearFilters();
        alerts.windowProperty().set(TimeWindow.HOUR);
        assertThat(shownTitles()).containsExactly("PLC program download");
        alerts.clearFilters();
        alerts.searchProperty().set("10.0.0.3");
        assertThat(shownTitles()).containsExactly("New device");
    }

    @Test
    void handlingAnAlertUpdatesTheSensorThatRaisedIt() {
        AlertRow download = alerts.rows().get(0);
        alerts.selectedProperty().set(download);
        assertThat(alerts.detail().devices()).extracting(device -> device.label())
                .containsExactly("10.0.0.2 (10.0.0.2)", "10.0.0.1 (10.0.0.1)");
        assertThat(alerts.detail().evidence()).extracting(source -> source.sensor()).containsExactly("alpha");
        assertThat(alerts.detail().techniques()).as("the sensor's technique id, named from the bundled ATT&CK table")
                .containsExactly("T0843 Program Download (lateral-movement)");

        alerts.handleChosen(ApiAlertAction.HANDLE_AND_LEARN);

        assertThat(fixture.alpha().inventory().alert("a-1").handled()).isTrue();
        assertThat(fixture.alpha().inventory().alert("a-1").status()).isEqualTo("LEARNED");
        assertThat(fixture.beta().actions()).isEmpty();
        assertThat(shownTitles()).containsExactly("New device", "Modbus exception");
        alerts.statusProperty().set(AlertStatusFilter.HANDLED);
        assertThat(alerts.rows()).singleElement().satisfies(row -> assertThat(row.status()).isEqualTo("Learned"));
        assertThat(context.data().status().current().text()).contains("the sensors were told");
    }

    @Test
    void severalChosenAlertsAreHandledInOneGo() {
        alerts.chosen().setAll(alerts.rows());
        alerts.handleChosen(ApiAlertAction.MUTE);
        assertThat(alerts.rows()).isEmpty();
        assertThat(fixture.alpha().inventory().alert("a-2").status()).isEqualTo("MUTED");
        assertThat(fixture.beta().inventory().alert("b-1").status()).isEqualTo("MUTED");
    }
}
