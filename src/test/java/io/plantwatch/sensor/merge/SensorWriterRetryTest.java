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
 * on a real H2 store, a write fails because another connection holds the event id (or the
 * connection id) the writer will use next. Devices go in before connections.
 */
class SensorWriterRetryTest {
    @TempDir
    Path data;

    /** ModbusTCP.pcap as one final pipeline snapshot, and the inventory it holds. */
    private record Replay(Inventory inventory, PipelineSnapshot snapshot, long lastSeen) {
        static Replay of(String capture) throws Exception {
            TrafficCollector collector = new TrafficCollector(DecoderRegistry.standard());
            try (FrameSource source = CaptureFiles.open(SharedData.pcap(capture))) {
                source.forEach(collector);
            }
            Inventory inventory = new InventoryBuilder(new StandardClassifier()).build(collector);
            return new Replay(inventory, new PipelineSnapshot(inventory, collector.drainActivities(), List.of(),
                    collector.arpClaims(), collector.arpSweeps(), collector.packets(), collector.bytes(), 0,
                    collector.lastSeen(), true, false), collector.lastSeen());
        }
    }

    /** A writer on its own thread over a fresh store; {@code blocked} runs while it works, on another connection. */
    private interface WhileWriting {
        void run(SensorWriter writer, SnapshotMailbox mailbox, CaptureStatus status, StoreReader reader, Statement other)
                throws Exception;
    }

    private void withWriter(Replay replay, WhileWriting blocked) throws Exception {
        try (SensorDatabase database = SensorDatabase.open(data)) {
            StoredState stored = StoredState.load(database);
            StoreReader reader = new StoreReader(database);
            CaptureStatus status = new CaptureStatus();
            status.state(CaptureState.RUNNING, null);
            SnapshotMailbox mailbox = new SnapshotMailbox();
            SensorWriter writer = new SensorWriter(new Json(), mailbox, status, new BatchWriter(database, stored),
                    reader, new Detector(new Baseline(true, List.of()), 1), stored);
            Thread thread = new Thread(writer, "store-writer");
            thread.start();
            try (Connection other = database.connection(); Statement s = other.createStatement()) {
                blocked.run(writer, mailbox, status, reader, s);
            } finally {
                writer.stop();
                thread.join(10_000);
            }
            int devices = replay.inventory().devices().size();
            assertThat(writer.unwrittenChanges()).isZero();
            assertThat(reader.count("SELECT COUNT(*) FROM device WHERE NOT removed")).isEqualTo(devices);
            assertThat(reader.count("SELECT COUNT(*) FROM connection")).isEqualTo(replay.inventory().connections().size());
            assertThat(reader.count("SELECT COUNT(*) FROM event WHERE type = 'DEVICE_CREATE'")).isEqualTo(devices);
            assertThat(status.lastPacketNanos()).isEqualTo(replay.lastSeen());
        }
    }

    @Test
    void aRefusedBatchIsWrittenOnceTheStoreTakesIt() throws Exception {
        Replay replay = Replay.of("modbus/ModbusTCP.pcap");
        assertThat(replay.inventory().devices()).hasSizeGreaterThan(1);
        withWriter(replay, (writer, mailbox, status, reader, other) -> {
            other.execute("INSERT INTO event (id, seq, occurred, type, body) VALUES (1, 0, 0, 'BLOCKER', '{}')");
            mailbox.put(replay.snapshot());
            await(() -> writer.unwrittenChanges() > 0);
            assertThat(reader.count("SELECT COUNT(*) FROM device")).isZero();
            assertThat(status.state()).isEqualTo(CaptureState.RUNNING);

            other.execute("DELETE FROM event WHERE type = 'BLOCKER'");
            await(() -> status.state() == CaptureState.REPLAY_FINISHED);
        });
    }

    @Test
    void devicesAreStoredWhileConnectionsWaitForTheStore() throws Exception {
        Replay replay = Replay.of("modbus/ModbusTCP.pcap");
        withWriter(replay, (writer, mailbox, status, reader, other) -> {
            // a row that holds the id the writer gives its first new connection: that insert fails
            other.execute("INSERT INTO connection (id, conn_key, conn_hash, seq, first_device, second_device,"
                    + " discovered, last_seen, body) VALUES (1, 'blocker', 0, 0, 0, 0, 0, 0, X'7b7d')");
            mailbox.put(replay.snapshot());
            await(() -> writer.unwrittenChanges() > 0);
            assertThat(reader.count("SELECT COUNT(*) FROM device WHERE NOT removed"))
                    .isEqualTo(replay.inventory().devices().size());
            assertThat(reader.count("SELECT COUNT(*) FROM connection")).isEqualTo(1);
            assertThat(status.state()).isEqualTo(CaptureState.RUNNING);

            other.execute("DELETE FROM connection WHERE conn_key = 'blocker'");
            await(() -> status.state() == CaptureState.REPLAY_FINISHED);
        });
    }

    @Test
    void whileThePipelineIsSaturatedConnectionsWaitAndDevicesDoNot() throws Exception {
        InventoryBuilder builder = new InventoryBuilder(new StandardClassifier());
        TrafficCollector before = new TrafficCollector(DecoderRegistry.standard());
        feed(before, "modbus/ModbusTCP.pcap");
        Inventory first = builder.build(before);
        PipelineSnapshot firstSnapshot = snapshot(before, first, true);
        TrafficCollector after = new TrafficCollector(DecoderRegistry.standard());
        feed(after, "modbus/ModbusTCP.pcap");
        feed(after, "scan/nmap-vsn.pcap");
        Inventory second = builder.build(after);
        PipelineSnapshot saturated = snapshot(after, second, true);
        PipelineSnapshot waited = snapshot(after, second, false);
        assertThat(first.connections()).isNotEmpty();
        assertThat(second.connections()).hasSizeGreaterThan(first.connections().size());

        withWriter(new Replay(second, waited, after.lastSeen()), (writer, mailbox, status, reader, other) -> {
            mailbox.put(firstSnapshot);
            await(() -> count(reader, "SELECT COUNT(*) FROM connection") == first.connections().size());

            mailbox.put(saturated);
            await(() -> count(reader, "SELECT COUNT(*) FROM device WHERE NOT removed") == second.devices().size());
            recorded(writer); // the writer has finished with that snapshot
            assertThat(reader.count("SELECT COUNT(*) FROM connection")).as("new connections wait")
                    .isEqualTo(first.connections().size());
            assertThat(writer.storedConnections()).isEqualTo(first.connections().size());

            mailbox.put(waited);
            await(() -> count(reader, "SELECT COUNT(*) FROM connection") == second.connections().size());
            assertThat(writer.storedConnections()).isEqualTo(second.connections().size());
        });
    }

    private static void feed(TrafficCollector collector, String capture) throws Exception {
        try (FrameSource source = CaptureFiles.open(SharedData.pcap(capture))) {
            source.forEach(collector);
        }
    }

    /** A snapshot that is not a replay's last. */
    private static PipelineSnapshot snapshot(TrafficCollector c, Inventory inventory, boolean saturated) {
        return new PipelineSnapshot(inventory, c.drainActivities(), List.of(), c.arpClaims(), c.arpSweeps(),
                c.packets(), c.bytes(), 0, c.lastSeen(), false, saturated);
    }

    private static long count(StoreReader reader, String sql) {
        try {
            return reader.count(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records an event through the writer and waits for it: whatever it took before is done. */
    private static void recorded(SensorWriter writer) throws Exception {
        java.util.concurrent.CompletableFuture<io.plantwatch.sensor.store.WriterCommand.ActionReply> reply =
                new java.util.concurrent.CompletableFuture<>();
        writer.submit(new io.plantwatch.sensor.store.WriterCommand.RecordEvent("TEST", "test", "INFO", "x", reply));
        assertThat(reply.get(20, java.util.concurrent.TimeUnit.SECONDS).ok()).isTrue();
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
