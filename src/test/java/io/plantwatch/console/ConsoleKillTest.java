package io.plantwatch.console;

import io.plantwatch.bench.lightsensor.LightInventory;
import io.plantwatch.bench.lightsensor.LightSensor;
import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.Cancellation;
import io.plantwatch.console.sync.SyncListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A console process killed with SIGKILL in the middle of a sync: reopening the store shows each
 * sensor either wholly synced (cursor and all its devices) or not at all, and a new sync completes.
 */
class ConsoleKillTest {
    private static final long T = 1_700_000_000_000L;
    private static final int BIG = 30_000;

    @TempDir
    Path data;
    @TempDir
    Path logs;

    @Test
    void storeIsConsistentAfterKillNineMidSync() throws Exception {
        try (ConsoleFixture fixture = new ConsoleFixture(data)) {
            Map<String, LightInventory> inventories = new HashMap<>();
            inventories.put("small", ConsoleFixture.generated(1, 300, T));
            inventories.put("big", ConsoleFixture.generated(1, BIG, T));
            LightSensor small = fixture.plantwatchSensor("small", inventories.get("small"));
            LightSensor big = fixture.plantwatchSensor("big", inventories.get("big"));
            fixture.register("small", small, "plant", "north");
            fixture.register("big", big, "plant", "north");
            fixture.closeConsole();

            Process child = startSync(data);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            int lastPage = (BIG + 4999) / 5000;
            while (big.pagesServed() < lastPage && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertThat(big.pagesServed()).as("the child fetched the big sensor's last page").isEqualTo(lastPage);
            // Aim for the write itself: H2 spills a large transaction's pages to the file before it commits.
            Path file = data.resolve("console.mv.db");
            long sizeAtLastPage = java.nio.file.Files.size(file);
            long writeDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (java.nio.file.Files.size(file) == sizeAtLastPage && child.isAlive()
                    && System.nanoTime() < writeDeadline) {
                Thread.sleep(1);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL, not finished").isEqualTo(137);

            List<DeviceView> devices = fixture.console().inventory().devices(null);
            for (SensorRecord sensor : fixture.console().sensors().list()) {
                long reported = devices.stream().filter(d -> d.sensors().contains(sensor.name())).count();
                int expected = inventories.get(sensor.name()).deviceCount();
                System.out.printf("after kill -9: %s %s, %d devices stored%n", sensor.name(),
                        sensor.cursor() == null ? "not committed" : "committed", reported);
                if (sensor.cursor() == null) {
                    assertThat(reported).as("%s was not committed: nothing of it is stored", sensor.name()).isZero();
                } else {
                    assertThat(reported).as("%s was committed: all of it is stored", sensor.name()).isEqualTo(expected);
                }
            }
            Set<String> macs = new HashSet<>();
            for (DeviceView device : devices) {
                for (String mac : device.macs()) {
                    assertThat(macs.add(device.zone() + "/" + mac)).as("one device per MAC in a zone").isTrue();
                }
            }

            var report = fixture.console().sync().syncAll(SyncListener.NONE, Cancellation.none());
            assertThat(report.allSucceeded()).isTrue();
            assertThat(fixture.console().inventory().devices(null)).hasSize(BIG);
        }
    }

    private Process startSync(Path dataDirectory) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.plantwatch.cli.Launcher");
        command.add("sync");
        command.add("--data");
        command.add(dataDirectory.toString());
        return new ProcessBuilder(command).redirectOutput(logs.resolve("out.txt").toFile())
                .redirectError(logs.resolve("err.txt").toFile()).start();
    }
}
