package io.plantwatch.ui;

import io.plantwatch.bench.lightsensor.ApiRecords;
import io.plantwatch.bench.lightsensor.LightInventory;
import io.plantwatch.bench.lightsensor.LightSensor;
import io.plantwatch.console.ConsoleFixture;
import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.SyncListener;
import io.plantwatch.model.ApiAlert;

import java.nio.file.Path;
import java.util.List;

/**
 * A small plant for the screens' tests: three light sensors over real HTTPS on loopback (alpha
 * and beta in plant/north with overlapping views, gamma in plant/south) registered in a console
 * on a real H2 file, optionally synced. Not thread-safe; one per test.
 */
public final class UiFixture implements AutoCloseable {
    public static final long T = 1_700_000_000_000L;

    private final ConsoleFixture console;
    private LightSensor alpha;
    private LightSensor beta;
    private LightSensor gamma;

    public UiFixture(Path data) {
        this.console = new ConsoleFixture(data);
    }

    /** Starts and registers the three sensors (not synced). */
    public UiFixture plant() throws Exception {
        LightInventory north1 = new LightInventory();
        north1.putDevice(ApiRecords.device(1, "00:1b:1b:00:00:01", "10.0.0.1", "Siemens AG", "PLC", "V2.8.3", T));
        north1.putDevice(ApiRecords.device(2, "00:1b:1b:00:00:02", "10.0.0.2", "Siemens AG", "HMI", null, T));
        north1.putDevice(ApiRecords.device(3, "00:00:bc:00:00:03", "10.0.0.3", "Rockwell Automation", "PLC", "33.011",
                T));
        north1.putConnection(ApiRecords.connection(2, 1, "tcp", "10.0.0.2", 49152, "10.0.0.1", 102, "s7comm", T));
        north1.putAlert(alert("a-1", T, "PLC program download", "Critical", "Policy Violation", "10.0.0.2",
                "10.0.0.1", 2L, 1L));
        north1.putAlert(alert("a-2", T - 3_600_000L, "New device", "Warning", "Anomaly", "10.0.0.3", null, 3L,
                null));
        LightInventory north2 = new LightInventory();
        north2.putDevice(ApiRecords.device(7, "00:1b:1b:00:00:01", "10.0.0.1", "Siemens AG", "PLC", "V2.9.0", T + 5));
        north2.putDevice(ApiRecords.device(8, "00:80:f4:00:00:08", "10.0.0.8", "Schneider Electric", "PLC", "3.20",
                T));
        north2.putAlert(alert("b-1", T - 7_200_000L, "Modbus exception", "Minor", "Protocol Violation", "10.0.0.8",
                null, 8L, null));
        LightInventory south = new LightInventory();
        south.putDevice(ApiRecords.device(1, "00:a0:45:00:00:01", "10.0.0.1", "Phoenix Contact", "Remote I/O", null,
                T));
        south.putDevice(ApiRecords.device(2, "18:66:da:00:00:02", "10.0.0.9", "Dell", "Engineering Station", null, T));
        alpha = console.plantwatchSensor("alpha", north1);
        beta = console.plantwatchSensor("beta", north2);
        gamma = console.plantwatchSensor("gamma", south);
        console.register("alpha", alpha, "plant", "north");
        console.register("beta", beta, "plant", "north");
        console.register("gamma", gamma, "plant", "south");
        return this;
    }

    /** Starts, registers and syncs the three sensors. */
    public UiFixture syncedPlant() throws Exception {
        plant();
        services().sync().syncAll(SyncListener.NONE, Cancellation.none());
        return this;
    }

    static ApiAlert alert(String uuid, long time, String title, String severity, String engine, String source,
                          String destination, Long sourceId, Long destinationId) {
        return new ApiAlert(uuid, time, title, title + " seen", severity, engine, sourceId, destinationId, source,
                destination, List.of(), null, false, List.of("T0843"), "NEW", time);
    }

    public ConsoleServices services() {
        return console.console();
    }

    public ConsoleFixture console() {
        return console;
    }

    public LightSensor alpha() {
        return alpha;
    }

    public LightSensor beta() {
        return beta;
    }

    public LightSensor gamma() {
        return gamma;
    }

    @Override
    public void close() {
        console.close();
    }
}
