package io.plantwatch.ui.sensors;

import io.plantwatch.console.store.SensorHealth;
import io.plantwatch.ui.UiFixture;
import io.plantwatch.ui.ViewModelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sites & sensors: the tree's figures and the bulk jobs, on a real store and light sensors; no stage. */
class SensorsViewModelTest {
    @TempDir
    Path data;
    private UiFixture fixture;
    private ViewModelContext context;
    private SensorsViewModel sensors;

    @BeforeEach
    void plant() throws Exception {
        fixture = new UiFixture(data).plant();
        context = ViewModelContext.of(fixture.services());
        sensors = new SensorsViewModel(fixture.services(), context.data(), context.tasks());
        context.loaded();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theTreeHoldsSitesZonesAndSensorsNotSyncedYet() {
        assertThat(sensors.sites()).singleElement().satisfies(site -> {
            assertThat(site.name()).isEqualTo("plant");
            assertThat(site.children()).extracting(TopologyNode::name).containsExactly("north", "south");
            assertThat(site.children().get(0).children()).extracting(TopologyNode::name)
                    .containsExactly("alpha", "beta");
            assertThat(site.health()).isEqualTo(SensorHealth.OUT_OF_SYNC);
            assertThat(site.devices()).isZero();
        });
    }

    @Test
    void aBulkSyncOverTheSelectedSensorsReportsEachResult() {
        fixture.gamma().close();
        sensors.selected().setAll(sensors.sensorsNamed(List.of("alpha", "gamma")));
        sensors.syncSelected();

        assertThat(sensors.jobRows()).extracting(SensorJobRow::sensor).containsExactly("alpha", "gamma");
        SensorJobRow alpha = sensors.jobRows().get(0);
        SensorJobRow gamma = sensors.jobRows().get(1);
        assertThat(alpha.state()).isEqualTo(SensorJobRow.State.SUCCEEDED);
        assertThat(alpha.message()).startsWith("Full sync: ").contains("3 devices changed");
        assertThat(gamma.state()).isEqualTo(SensorJobRow.State.FAILED);
        assertThat(gamma.message()).startsWith("DISCONNECTED: ");
        assertThat(sensors.jobTitleProperty().get()).isEqualTo("Synced 1 of 2 sensors; 1 failed");
        assertThat(sensors.jobRunningProperty().get()).isFalse();

        TopologyNode north = sensors.sites().get(0).children().get(0);
        assertThat(north.devices()).isEqualTo(3);
        assertThat(north.children().get(0).health()).isEqualTo(SensorHealth.SYNCED);
        assertThat(north.children().get(1).health()).isEqualTo(SensorHealth.OUT_OF_SYNC);
        assertThat(sensors.sites().get(0).children().get(1).health()).isEqualTo(SensorHealth.DISCONNECTED);
        assertThat(sensors.sites().get(0).health()).isEqualTo(SensorHealth.DISCONNECTED);
    }

    @Test
    void removingSelectedSensorsTakesOutWhatOnlyTheyReported() {
        sensors.syncAll();
        assertThat(context.data().devices()).hasSize(6);
        sensors.selected().setAll(sensors.sensorsNamed(List.of("beta", "gamma")));
        sensors.removeSelected();

        assertThat(sensors.jobRows()).extracting(SensorJobRow::state)
                .containsExactly(SensorJobRow.State.SUCCEEDED, SensorJobRow.State.SUCCEEDED);
        assertThat(fixture.services().sensors().list()).extracting(sensor -> sensor.name()).containsExactly("alpha");
        assertThat(context.data().devices()).hasSize(3);
    }

    @Test
    void editingASensorRenamesItAndMovesWhatItReportsToTheNewZone() {
        sensors.syncAll();
        SensorFormViewModel form = new SensorFormViewModel(fixture.services(), context.data(), context.tasks())
                .editing(sensors.sensorsNamed(List.of("gamma")).get(0));
        assertThat(form.isEditing()).isTrue();
        assertThat(form.zoneProperty().get()).isEqualTo("south");
        form.nameProperty().set("gamma-west");
        form.zoneProperty().set("west");
        assertThat(form.canAdd().get()).as("same URL: no new certificate to confirm; blank token kept").isTrue();
        List<String> saved = new java.util.ArrayList<>();
        form.add(sensor -> saved.add(sensor.name()));

        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(saved).containsExactly("gamma-west");
        assertThat(fixture.services().sensors().byName("gamma-west")).satisfies(sensor -> {
            assertThat(sensor.zoneName()).isEqualTo("west");
            assertThat(sensor.health()).as("synced again with the stored token").isEqualTo(SensorHealth.SYNCED);
        });
        TopologyNode site = sensors.sites().get(0);
        assertThat(site.children()).extracting(TopologyNode::name).containsExactly("north", "south", "west");
        assertThat(site.children().get(1).devices()).as("nothing left in the old zone").isZero();
        assertThat(site.children().get(2).devices()).isEqualTo(2);
        assertThat(context.data().devices()).hasSize(6);
    }

    @Test
    void aNewUrlNeedsItsCertificateConfirmedAgain() {
        SensorFormViewModel form = new SensorFormViewModel(fixture.services(), context.data(), context.tasks())
                .editing(sensors.sensorsNamed(List.of("alpha")).get(0));
        form.urlProperty().set(fixture.beta().url());
        assertThat(form.canAdd().get()).isFalse();
        form.probe();
        assertThat(form.fingerprintText()).isNotEmpty();
        assertThat(form.canAdd().get()).isTrue();
        form.add(sensor -> { });
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(fixture.services().sensors().byName("alpha").url()).isEqualTo(fixture.beta().url());
    }

    @Test
    void removingASelectedZoneRemovesItsSensorsThenTheZone() {
        sensors.syncAll();
        sensors.selected().setAll(sensors.sensorsNamed(List.of("gamma")));
        sensors.selectedGroups().setAll(List.of(new SensorsViewModel.Group("plant", "south")));
        assertThat(sensors.canEditSelection().get()).as("a zone is not a sensor to edit").isFalse();
        sensors.removeSelected();

        assertThat(sensors.jobRows()).extracting(SensorJobRow::sensor).containsExactly("gamma", "zone plant / south");
        assertThat(sensors.jobRows()).extracting(SensorJobRow::state).containsOnly(SensorJobRow.State.SUCCEEDED);
        assertThat(fixture.services().topology().zones()).extracting(zone -> zone.name()).containsExactly("north");
        assertThat(context.data().devices()).hasSize(4);
    }

    @Test
    void aSiteWithSensorsLeftIsNotRemoved() {
        sensors.selectedGroups().setAll(List.of(new SensorsViewModel.Group("plant", null)));
        sensors.removeSelected();
        assertThat(sensors.jobRows()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(SensorJobRow.State.FAILED);
            assertThat(row.message()).contains("still has 2 sensors");
        });
        assertThat(fixture.services().topology().sites()).hasSize(1);
    }

    @Test
    void nothingSelectedNothingRuns() {
        assertThat(sensors.canActOnSelection().get()).isFalse();
        assertThat(sensors.syncSelected()).isNull();
        assertThat(sensors.jobRows()).isEmpty();
    }
}
