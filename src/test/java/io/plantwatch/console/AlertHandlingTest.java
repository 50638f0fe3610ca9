package io.plantwatch.console;

import io.plantwatch.bench.lightsensor.ApiRecords;
import io.plantwatch.bench.lightsensor.LightInventory;
import io.plantwatch.bench.lightsensor.LightSensor;
import io.plantwatch.console.alerts.AlertService;
import io.plantwatch.console.alerts.AlertView;
import io.plantwatch.console.sync.AlertPropagation;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.SyncListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Alerts merged across sensors of a zone, and handling them in the console reaching the sensors. */
class AlertHandlingTest {
    private static final long T = 1_700_000_000_000L;

    @TempDir
    Path data;
    private ConsoleFixture fixture;
    private LightInventory north1;
    private LightInventory north2;
    private LightSensor sensor2;

    @BeforeEach
    void sensors() throws Exception {
        fixture = new ConsoleFixture(data);
        north1 = ConsoleFixture.generated(1, 5, T);
        north1.putAlert(ApiRecords.alert("n1-alert-7", T, "Unauthorized PLC Programming", "10.1.0.1", "10.1.0.2", 2L, 3L));
        north2 = ConsoleFixture.generated(1, 5, T);
        north2.putAlert(ApiRecords.alert("n2-alert-3", T + 120_000, "Unauthorized PLC Programming", "10.1.0.1",
                "10.1.0.2", 2L, 3L));
        north2.putAlert(ApiRecords.alert("n2-alert-4", T, "Modbus scan", "10.1.0.4", null, 5L, null));
        fixture.register("north-1", fixture.plantwatchSensor("north-1", north1), "plant", "north");
        sensor2 = fixture.plantwatchSensor("north-2", north2);
        fixture.register("north-2", sensor2, "plant", "north");
        fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private AlertView titled(String title) {
        return fixture.console().alerts().alerts(null).stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow();
    }

    @Test
    void repeatsTheSensorsCountedShowAsTheHighestCountAndTheLatestSighting() {
        AlertView before = titled("Unauthorized PLC Programming");
        assertThat(before.occurrences()).as("sensors that sent no counts: seen once").isEqualTo(1);
        assertThat(before.lastSeen()).isNull();

        north1.putAlert(ApiRecords.repeated(north1.alert("n1-alert-7"), 5, T + 600_000));
        north2.putAlert(ApiRecords.repeated(north2.alert("n2-alert-3"), 3, T + 900_000));
        fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());

        AlertView repeated = titled("Unauthorized PLC Programming");
        assertThat(repeated.occurrences()).as("two sensors seeing the same repeats: not added up").isEqualTo(5);
        assertThat(repeated.lastSeen()).isEqualTo(T + 900_000);
        assertThat(repeated.sources()).extracting(AlertView.SourceView::sensor, AlertView.SourceView::occurrences)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("north-1", 5L),
                        org.assertj.core.groups.Tuple.tuple("north-2", 3L));

        north1.putAlert(ApiRecords.repeated(north1.alert("n1-alert-7"), 9, T + 1_200_000));
        fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());
        fixture.closeConsole();
        AlertView stored = titled("Unauthorized PLC Programming");
        assertThat(stored.occurrences()).as("a later count replaces the earlier, and is stored").isEqualTo(9);
        assertThat(stored.lastSeen()).isEqualTo(T + 1_200_000);
    }

    @Test
    void theSameAlertFromTwoSensorsIsOneAndHandlingItReachesBoth() {
        assertThat(fixture.console().alerts().alerts(null)).hasSize(2);
        AlertView programming = titled("Unauthorized PLC Programming");
        assertThat(programming.sensors()).containsExactly("north-1", "north-2");
        assertThat(programming.handled()).isFalse();

        AlertService.HandleResult result = fixture.console().alerts().handle(programming.id(), "handle");

        assertThat(result.outcomes()).extracting(AlertPropagation.Outcome::delivered).containsExactly(true, true);
        assertThat(north1.alert("n1-alert-7").handled()).isTrue();
        assertThat(north2.alert("n2-alert-3").handled()).isTrue();
        assertThat(north2.alert("n2-alert-4").handled()).as("the other alert is untouched").isFalse();
        assertThat(result.alert().handled()).isTrue();
        assertThat(result.alert().consoleAction()).isEqualTo("handle");
        assertThat(result.alert().sources()).allSatisfy(s -> assertThat(s.propagated()).isTrue());

        fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());
        fixture.closeConsole();
        AlertView stored = titled("Unauthorized PLC Programming");
        assertThat(stored.handled()).isTrue();
        assertThat(stored.sources()).allSatisfy(s -> {
            assertThat(s.handled()).as("the sensors now say so themselves").isTrue();
            assertThat(s.status()).isEqualTo("HANDLED");
        });
    }

    @Test
    void aSensorThatCannotBeReachedGetsTheActionAfterItsNextSync() throws Exception {
        AlertView scan = titled("Modbus scan");
        int port = sensor2.port();
        sensor2.close();

        AlertService.HandleResult result = fixture.console().alerts().handle(scan.id(), "handleAndLearn");

        assertThat(result.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.delivered()).isFalse();
            assertThat(o.error()).contains("north-2");
        });
        assertThat(result.alert().handled()).as("handled in the console at once").isTrue();
        assertThat(result.alert().sources()).singleElement().satisfies(s -> assertThat(s.propagated()).isFalse());

        LightSensor back = fixture.plantwatchSensorAt("north-2", north2, ConsoleFixture.keys(), port);
        fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());

        assertThat(back.actions()).containsExactly("n2-alert-4=handleAndLearn");
        assertThat(north2.alert("n2-alert-4").status()).isEqualTo("LEARNED");
        assertThat(titled("Modbus scan").sources()).singleElement()
                .satisfies(s -> assertThat(s.propagated()).isTrue());
        assertThat(fixture.console().alerts().alerts(null)).filteredOn(a -> !a.handled()).hasSize(1);
    }

    @Test
    void unknownActionIsRefused() {
        long id = titled("Modbus scan").id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.console().alerts().handle(id, "delete"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown alert action");
        assertThat(titled("Modbus scan").handled()).isFalse();
        assertThat(List.of(north2.alert("n2-alert-4").handled())).containsExactly(false);
    }
}
