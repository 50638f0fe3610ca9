package io.plantwatch.decode.mqtt;

import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.decode.Packet;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.inventory.classify.StandardClassifier;
import io.plantwatch.testing.SharedData;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.plantwatch.testing.TrafficRun.activities;
import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.frames;
import static io.plantwatch.testing.TrafficRun.values;
import static org.assertj.core.api.Assertions.assertThat;

class MqttDecoderTest {
    private static final int DATA = Packet.ACK | Packet.PSH;

    @Test
    void realCaptureClientIdsTopicsAndRoles() {
        Inventory inventory = new Analyzer(new DecoderRegistry(List.of(new MqttDecoder()), List.of()),
                new StandardClassifier()).analyze(List.of(SharedData.pcap("mqtt/mqtt.pcap")), Progress.NONE).inventory();
        // tshark: all 19 frames are mqtt; mqtt.clientid paho/34AAE54A75D839566E and paho/DDE4DDAF4108D3E363;
        // mqtt.topic SampleTopic (subscribe in frame 3, publish in 5, 9, 11); mqtt.protoname MQIsdp
        assertThat(frames(inventory, "mqtt")).isEqualTo(19);
        assertThat(values(device(inventory, "10.0.1.4"), "name"))
                .containsOnlyKeys("paho/34AAE54A75D839566E", "paho/DDE4DDAF4108D3E363");
        assertThat(device(inventory, "198.41.30.241").roles()).containsExactly("mqtt/SERVER");
        assertThat(device(inventory, "10.0.1.4").roles()).containsExactly("mqtt/CLIENT");
        Connection first = inventory.connections().stream().filter(c -> c.a().port() == 49327
                || c.b().port() == 49327).findFirst().orElseThrow();
        assertThat(first.commands()).contains("Connect", "Subscribe SampleTopic", "Publish SampleTopic", "Ping Request");
        assertThat(activities(inventory, "mqtt")).isEmpty(); // no user name or password in these CONNECTs
    }

    private static byte[] connect(int level, int flags, String... strings) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        utf8(body, "MQTT");
        body.write(level);
        body.write(flags);
        body.write(0);
        body.write(60);
        if (level >= 5) {
            body.write(0); // no properties
        }
        for (String s : strings) {
            utf8(body, s);
        }
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(0x10);
        packet.write(body.size());
        packet.writeBytes(body.toByteArray());
        return packet.toByteArray();
    }

    private static void utf8(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b.length >>> 8);
        out.write(b.length);
        out.writeBytes(b);
    }

    @Test
    void credentialsInConnectNameTheUserOnly() {
        Inventory inventory = new TrafficRun(new MqttDecoder()).present("10.0.0.9")
                .tcp("10.0.0.77", 50000, "10.0.0.9", 1883, 1, DATA, connect(4, 0xC2, "line-3-gateway", "plant", "hunter2"))
                .tcp("10.0.0.78", 50000, "10.0.0.9", 1883, 1, DATA, connect(5, 0xC2, "edge-7", "ops", "pw"))
                .inventory();
        assertThat(activities(inventory, "mqtt")).containsExactly(
                "CLEARTEXT_CREDENTIALS: connect as user plant with a password",
                "CLEARTEXT_CREDENTIALS: connect as user ops with a password");
        assertThat(inventory.activities().toString()).doesNotContain("hunter2");
        assertThat(values(device(inventory, "10.0.0.78"), "name")).containsOnlyKeys("edge-7");
        assertThat(device(inventory, "10.0.0.9").type()).isEqualTo("Server");
    }

    @Test
    void truncatedPacketsAreCountedNotThrown() {
        byte[] cut = connect(4, 0xC2, "line-3-gateway", "plant", "hunter2");
        cut[1] = 10; // remaining length says 10: fields run past it
        TrafficRun run = new TrafficRun(new MqttDecoder())
                .tcp("10.0.0.77", 50000, "10.0.0.9", 1883, 1, DATA, java.util.Arrays.copyOf(cut, 12))
                .tcp("10.0.0.77", 50001, "10.0.0.9", 1883, 1, DATA, new byte[] {0x00, 0x00})
                .tcp("10.0.0.77", 50002, "10.0.0.9", 1883, 1, DATA, new byte[] {0x30, (byte) 0xFF, (byte) 0xFF,
                    (byte) 0xFF, (byte) 0xFF, 1});
        assertThat(run.malformed()).isEqualTo(2);
        assertThat(frames(run.inventory(), "mqtt")).isEqualTo(2); // the last is no MQTT length at all
    }
}
