package io.plantwatch.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of a sensor while its writer is busy (a capture replayed in a loop as fast as it goes)
 * leaves a store that opens, keeps every device it had listed under the same id, and whose
 * connections and changes feed are consistent.
 */
class SensorKillIT {
    @TempDir
    Path temp;

    @Test
    void aKilledSensorsStoreOpensWithItsInventoryIntact() throws Exception {
        Path data = temp.resolve("killed");
        Map<String, Long> listed = new HashMap<>();
        try (SensorProcess sensor = SensorProcess.start(data, "killed", "--replay",
                SharedData.pcap("mixed/mb2.pcap").toString(), "--loop", "--fast")) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (listed.isEmpty() || sensor.get("/api/v1/devices/connections").isEmpty()) {
                assertThat(System.currentTimeMillis()).as("devices and connections stored").isLessThan(deadline);
                Thread.sleep(200);
                listed.clear();
                for (JsonNode d : sensor.get("/api/v1/devices/")) {
                    listed.put(d.get("key").asText(), d.get("id").asLong());
                }
            }
            Thread.sleep(1_500); // the loop goes on: counters change, snapshots keep the writer busy
            sensor.kill();
        }

        try (SensorProcess again = SensorProcess.start(data, "killed", "--replay",
                SharedData.pcap("scan/nmap-vsn.pcap").toString(), "--fast")) {
            again.awaitReplay();
            Map<String, Long> after = new HashMap<>();
            Set<Long> ids = new HashSet<>(Set.of(0L)); // 0: an end that is no device (broadcast)
            for (JsonNode d : again.get("/api/v1/devices/")) {
                after.put(d.get("key").asText(), d.get("id").asLong());
                ids.add(d.get("id").asLong());
            }
            assertThat(after).containsAllEntriesOf(listed);
            JsonNode connections = again.get("/api/v1/devices/connections");
            assertThat(connections).isNotEmpty();
            Set<String> tuples = new HashSet<>();
            for (JsonNode c : connections) {
                assertThat(ids).as("devices of %s", c).contains(c.get("firstDeviceId").asLong(),
                        c.get("secondDeviceId").asLong());
                assertThat(tuples.add(tuple(c))).as("stored once: %s", c).isTrue();
            }
            List<String> feed = feed(again);
            assertThat(feed).hasSameSizeAs(new HashSet<>(feed))
                    .filteredOn(k -> k.startsWith("connections/")).hasSize(connections.size());
        }
    }

    /** Every item of the changes feed from the start, paged. */
    private static List<String> feed(SensorProcess sensor) throws Exception {
        List<String> seen = new ArrayList<>();
        String since = "";
        while (true) {
            JsonNode page = sensor.get("/api/plantwatch/v1/changes?limit=50&since=" + since);
            for (String kind : List.of("devices", "connections", "alerts", "events")) {
                for (JsonNode item : page.get(kind)) {
                    seen.add(kind + "/" + (kind.equals("connections") ? tuple(item) : item.get("id").asText()));
                }
            }
            since = page.get("next").asText();
            if (!page.get("more").asBoolean()) {
                return seen;
            }
        }
    }

    /** The connection's transport and ends, whichever end is the client. */
    private static String tuple(JsonNode c) {
        String first = c.get("firstAddress").asText() + ":" + c.get("firstPort");
        String second = c.get("secondAddress").asText() + ":" + c.get("secondPort");
        return c.get("transport").asText() + " " + (first.compareTo(second) <= 0 ? first + "-" + second
                : second + "-" + first);
    }
}
