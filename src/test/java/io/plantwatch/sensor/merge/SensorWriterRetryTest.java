package io.plantwatch.sensor.merge;

import io.plantwatch.capture.CaptureFiles;
import io.plantwatch.capture.FrameSource;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.detect.Baseline;
import io.plantwatch.detect.Detector;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.inventory.InventoryBuilder;
import io.plantwatch.inventory.TrafficCollector;
import io.plantwatch.inventory.classify.StandardClassifier;
import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.pipeline.CaptureState;
import io.plantwatch.sensor.pipeline.CaptureStatus;
import io.plantwatch.sensor.pipeline.PipelineSnapshot;
import io.plantwatch.sensor.pipeline.SnapshotMailbox;
import io.plantwatch.sensor.store.BatchWriter;
import io.plantwatch.sensor.store.ChangeBatch;
import io.plantwatch.sensor.store.Rows;
import io.plantwatch.sensor.store.SensorDatabase;
import io.plantwatch.sensor.store.StoreReader;
import io.plantwatch.sensor.store.StoredState;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch the store refuses is written again, without a new snapshot, once the store takes it:
 * on a real H2 store, the first batch fails because another connection holds the event id the
 * writer will use next.
 */
class SensorWriterRetryTest {
    @TempDir
    Path data;

    @Test
    void aRefusedBatchIsWrittenOnceTheStoreTakesIt() throws Exception {
        Inventory inventory;
        PipelineSnapshot snapshot;
        TrafficCollector collector = new TrafficCollector(DecoderRegistry.standard());
        try (FrameSource source = CaptureFiles.open(SharedData.pcap("modbus/ModbusTCP.pcap"))) {
            source.forEach(collector);
        }
        inventory = new InventoryBuilder(new StandardClassifier()).build(collector);
        snapshot = new PipelineSnapshot(inventory, collector.drainActivities(), List.of(), collector.arpClaims(),
                collector.arpSweeps(), collector.packets(), collector.bytes(), 0, collector.lastSeen(), true);
        int devices = inventory.devices().size();
        assertThat(devices).isGreaterThan(1);

        try (SensorDatabase database = SensorDatabase.open(data)) {
            StoredState stored = StoredState.load(database);
            StoreReader reader = new StoreReader(database);
            CaptureStatus status = new CaptureStatus();
            status.state(CaptureState.RUNNING, null);
            SnapshotMailbox mailbox = new SnapshotMailbox();
            SensorWriter writer = new SensorWriter(new Json(), mailbox, status, new BatchWriter(database,
                    stored.lastSeq()), reader, new Detector(new Baseline(true, List.of()), 1), stored);
            Thread thread = new Thread(writer, "store-writer");
            thread.start();
            try (Connection other = database.connection(); Statement s = other.createStatement()) {
                s.execute("INSERT INTO event (id, seq, occurred, type, body) VALUES (1, 0, 0, 'BLOCKER', '{}')");
                mailbox.put(snapshot);
                await(() -> writer.unwrittenChanges() > 0);
                assertThat(reader.count("SELECT COUNT(*) FROM device")).isZero();
                assertThat(status.state()).isEqualTo(CaptureState.RUNNING);

                s.execute("DELETE FROM event WHERE type = 'BLOCKER'");
                await(() -> status.state() == CaptureState.REPLAY_FINISHED);
            } finally {
                writer.stop();
                thread.join(10_000);
            }
            assertThat(writer.unwrittenChanges()).isZero();
            assertThat(reader.count("SELECT COUNT(*) FROM device WHERE NOT removed")).isEqualTo(devices);
            assertThat(reader.count("SELECT COUNT(*) FROM connection")).isEqualTo(inventory.connections().size());
            assertThat(reader.count("SELECT COUNT(*) FROM event WHERE type = 'DEVICE_CREATE'")).isEqualTo(devices);
            assertThat(status.lastPacketNanos()).isEqualTo(collector.lastSeen());
        }
    }

    @Test
    void aRefusedBatchFollowedByAnotherKeepsEachItemOnceInItsLatestState() {
        ChangeBatch refused = new ChangeBatch();
        refused.devices.add(new Rows.DeviceRow(1, "a", true, false, 10, "{\"v\":1}"));
        refused.devices.add(new Rows.DeviceRow(2, "b", true, false, 10, "{\"v\":1}"));
        refused.events.add(new Rows.EventRow(1, 10, "DEVICE_CREATE", "{}"));
        ChangeBatch later = new ChangeBatch();
        later.devices.add(new Rows.DeviceRow(1, "a", true, false, 20, "{\"v\":2}"));
        later.events.add(new Rows.EventRow(2, 20, "ALERT_REPORTED", "{}"));
        later.settings.put("learning", "false");

        ChangeBatch both = refused.then(later);
        assertThat(both.devices).extracting(Rows.DeviceRow::id, Rows.DeviceRow::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "{\"v\":1}"),
                        org.assertj.core.groups.Tuple.tuple(1L, "{\"v\":2}"));
        assertThat(both.events).extracting(Rows.EventRow::id).containsExactly(1L, 2L);
        assertThat(both.settings).containsEntry("learning", "false");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
