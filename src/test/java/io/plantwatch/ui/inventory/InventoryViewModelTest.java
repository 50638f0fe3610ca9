package io.plantwatch.ui.inventory;

import io.plantwatch.ui.UiFixture;
import io.plantwatch.ui.ViewModelContext;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.data.StatusLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The inventory's view model on a real store synced from three light sensors; no stage. */
class InventoryViewModelTest {
    @TempDir
    Path data;
    @TempDir
    Path exports;
    private UiFixture fixture;
    private ViewModelContext context;
    private InventoryViewModel inventory;

    @BeforeEach
    void plant() throws Exception {
        fixture = new UiFixture(data).syncedPlant();
        context = ViewModelContext.of(fixture.services());
        inventory = new InventoryViewModel(context.data(), context.tasks(), fixture.services().inventory());
        context.loaded();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> shownIps() {
        return inventory.rows().stream().map(DeviceRow::ips).toList();
    }

    @Test
    void showsEveryMergedDeviceWithItsSensorsAndAlerts() {
        assertThat(inventory.totalProperty().get()).isEqualTo(6);
        assertThat(inventory.shownProperty().get()).isEqualTo(6);
        DeviceRow plc = inventory.rows().stream()
                .filter(row -> row.ips().equals("10.0.0.1") && "north".equals(row.zone())).findFirst().orElseThrow();
        assertThat(plc.device().sensors()).containsExactly("alpha", "beta");
        assertThat(plc.conflicts()).isEqualTo(1);
        assertThat(plc.alerts()).isEqualTo(1);
        assertThat(plc.protocols()).containsExactly("s7comm");
    }

    @Test
    void searchTermsAllHaveToMatch() {
        inventory.searchProperty().set("siemens");
        assertThat(shownIps()).containsExactlyInAnyOrder("10.0.0.1", "10.0.0.2");
        inventory.searchProperty().set("siemens hmi");
        assertThat(shownIps()).containsExactly("10.0.0.2");
        inventory.searchProperty().set("00:a0:45");
        assertThat(shownIps()).containsExactly("10.0.0.1");
        assertThat(inventory.rows().get(0).zone()).isEqualTo("south");
        inventory.searchProperty().set("nothing like this");
        assertThat(inventory.shownProperty().get()).isZero();
        inventory.searchProperty().set("");
        assertThat(inventory.shownProperty().get()).isEqualTo(6);
    }

    @Test
    void columnFiltersOfferTheValuesAndNarrowTheRows() {
        ColumnFilter type = inventory.filter(DeviceColumn.TYPE);
        assertThat(type.choices()).containsExactly("Engineering Station", "HMI", "PLC", "Remote I/O");
        type.chosen().setAll("PLC");
        assertThat(shownIps()).containsExactlyInAnyOrder("10.0.0.1", "10.0.0.3", "10.0.0.8");
        inventory.filter(DeviceColumn.SENSORS).chosen().setAll("beta");
        assertThat(shownIps()).containsExactlyInAnyOrder("10.0.0.1", "10.0.0.8");
        inventory.filter(DeviceColumn.ZONE).chosen().setAll("plant / south");
        assertThat(shownIps()).isEmpty();
        inventory.clearFilters();
        assertThat(inventory.shownProperty().get()).isEqualTo(6);
    }

    @Test
    void aDashboardSliceShowsOnlyItsDevices() {
        inventory.searchProperty().set("dell");
        inventory.showOnly(DeviceColumn.PURDUE, "—");
        assertThat(inventory.searchProperty().get()).isEmpty();
        assertThat(inventory.shownProperty().get()).isEqualTo(6);
        inventory.showOnly(DeviceColumn.VENDOR, "Siemens AG");
        assertThat(shownIps()).containsExactlyInAnyOrder("10.0.0.1", "10.0.0.2");
    }

    @Test
    void csvExportWritesTheRowsShownInTheirOrderWithTheColumnsGiven() throws Exception {
        inventory.filter(DeviceColumn.TYPE).chosen().setAll("PLC");
        inventory.rows().comparatorProperty().set(Comparator.comparing(DeviceRow::ips).reversed());
        Path file = exports.resolve("devices.csv");
        inventory.exportCsv(file, List.of(DeviceColumn.NAME, DeviceColumn.IPS, DeviceColumn.VENDOR,
                DeviceColumn.SENSORS));
        assertThat(Files.readAllLines(file)).containsExactly(
                "Name,\"IP addresses\",Vendor,Sensors",
                "10.0.0.8,10.0.0.8,\"Schneider Electric\",beta",
                "10.0.0.3,10.0.0.3,\"Rockwell Automation\",alpha",
                "10.0.0.1,10.0.0.1,\"Siemens AG\",\"alpha, beta\"");
        assertThat(context.data().status().current().kind()).isEqualTo(StatusLine.Kind.SUCCESS);
        assertThat(exports).isDirectoryNotContaining("glob:**/.export-*");
    }

    @Test
    void theDetailShowsProvenanceConflictsConnectionsAndAlerts() {
        DeviceRow plc = inventory.rows().stream()
                .filter(row -> row.ips().equals("10.0.0.1") && "north".equals(row.zone())).findFirst().orElseThrow();
        inventory.selectedProperty().set(plc);
        DeviceDetailViewModel detail = inventory.detail();
        assertThat(detail.provenance()).extracting(p -> p.sensor()).containsExactly("alpha", "beta");
        PropertyRow firmware = detail.properties().stream().filter(p -> p.field().equals("Firmware")).findFirst()
                .orElseThrow();
        assertThat(firmware.value()).isEqualTo("V2.9.0");
        assertThat(firmware.reportedBy()).isEqualTo("beta");
        assertThat(firmware.conflict()).isEqualTo("V2.8.3 (alpha)");
        assertThat(detail.connections()).singleElement().satisfies(connection -> {
            assertThat(connection.peerAddress()).isEqualTo("10.0.0.2");
            assertThat(connection.protocols()).isEqualTo("s7comm");
        });
        assertThat(detail.alerts()).extracting(row -> row.title()).containsExactly("PLC program download");
        assertThat(detail.canSave().get()).isTrue();
        assertThat(plc.device().provenance()).as("the table's rows carry no provenance").isEmpty();
    }

    @Test
    void anEditIsSavedAuditedAndShownAfterTheReload() {
        DeviceRow plc = inventory.rows().stream()
                .filter(row -> row.ips().equals("10.0.0.1") && "north".equals(row.zone())).findFirst().orElseThrow();
        inventory.selectedProperty().set(plc);
        DeviceDetailViewModel detail = inventory.detail();
        assertThat(detail.history()).isEmpty();
        detail.editNameProperty().set("  Boiler PLC ");
        detail.editTypeProperty().set("RTU");
        detail.editPurdueLevelProperty().set(2);
        detail.editAuthorizedProperty().set(true);
        detail.editNotesProperty().set("Replaced in March");
        detail.save();

        assertThat(context.data().status().current().kind()).isEqualTo(StatusLine.Kind.SUCCESS);
        DeviceRow edited = inventory.selectedProperty().get();
        assertThat(edited.id()).isEqualTo(plc.id());
        assertThat(edited.displayName()).isEqualTo("Boiler PLC");
        assertThat(edited.type()).isEqualTo("RTU");
        assertThat(edited.purdueLevel()).isEqualTo(2);
        assertThat(edited.authorized()).isTrue();
        assertThat(detail.editNotesProperty().get()).isEqualTo("Replaced in March");
        assertThat(detail.history()).extracting(entry -> entry.field() + ":" + entry.oldValue() + "->" + entry.newValue())
                .containsExactly("name:null->Boiler PLC", "type:PLC->RTU", "purdue_level:null->2",
                        "authorized:null->true", "notes:null->Replaced in March");
        assertThat(detail.history()).allSatisfy(entry -> assertThat(entry.actor()).isNotBlank());
        assertThat(detail.provenance()).extracting(p -> p.type()).as("what the sensors said stays")
                .containsOnly("PLC");

        detail.editTypeProperty().set("PLC");
        detail.save();
        assertThat(inventory.selectedProperty().get().type()).isEqualTo("PLC");
        assertThat(detail.history()).hasSize(6).last()
                .satisfies(entry -> assertThat(entry.field() + ":" + entry.oldValue() + "->" + entry.newValue())
                        .isEqualTo("type:RTU->PLC"));
    }

    @Test
    void theSelectionSurvivesAReload() {
        DeviceRow first = inventory.rows().get(0);
        inventory.selectedProperty().set(first);
        context.data().reload();
        assertThat(inventory.selectedProperty().get()).isNotSameAs(first);
        assertThat(inventory.selectedProperty().get().id()).isEqualTo(first.id());
    }
}
