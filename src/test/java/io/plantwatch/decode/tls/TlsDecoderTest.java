package io.plantwatch.decode.tls;

import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.detect.Alert;
import io.plantwatch.detect.Observation;
import io.plantwatch.detect.OneShotDetection;
import io.plantwatch.ti.content.Indicator;
import io.plantwatch.ti.match.IndicatorIndex;
import io.plantwatch.decode.Packet;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.inventory.classify.StandardClassifier;
import io.plantwatch.testing.SharedData;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.plantwatch.decode.SamplePdus.TLS_CLIENT_HELLO;
import static io.plantwatch.decode.SamplePdus.TLS_SERVER_HELLO;
import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.frames;
import static io.plantwatch.testing.TrafficRun.hex;
import static io.plantwatch.testing.TrafficRun.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS. The handshake was checked with tshark 4.0.17: tls.handshake.extensions_server_name
 * "historian.plant.example", tls.handshake.extensions.supported_version 0x0304 in the ServerHello.
 */
class TlsDecoderTest {
    private static final int DATA = Packet.ACK | Packet.PSH;

    @Test
    void clientHelloOnPort502IsFoundByItsShape() {
        // tshark: frames 49 (Client Hello, record version 0x0301) and 51 are tls on port 502
        Inventory inventory = new Analyzer(new DecoderRegistry(List.of(new TlsDecoder()), List.of()),
                new StandardClassifier()).analyze(List.of(SharedData.pcap("modbus/modbus-and-non-modbus-p502.pcap")),
                Progress.NONE).inventory();
        assertThat(frames(inventory, "tls")).isEqualTo(2);
        assertThat(device(inventory, "66.175.213.4").roles()).contains("tls/CLIENT");
        assertThat(device(inventory, "192.168.10.111").roles()).contains("tls/SERVER");
    }

    @Test
    void serverNameAndNegotiatedVersion() {
        Inventory inventory = new TrafficRun(new TlsDecoder())
                .tcp("10.0.0.77", 50000, "10.0.0.9", 443, 1000, DATA, TLS_CLIENT_HELLO)
                .tcp("10.0.0.9", 443, "10.0.0.77", 50000, 5000, DATA, TLS_SERVER_HELLO)
                .inventory();
        assertThat(values(device(inventory, "10.0.0.9"), "name")).containsEntry("historian.plant.example", "tls");
        Connection c = inventory.connections().get(0);
        assertThat(c.commands()).containsExactly("Client Hello", "TLS 1.3");
        assertThat(frames(inventory, "tls")).isEqualTo(2);
    }

    @Test
    void theServerNameIsAHostNameTheClientAddressedAndMeetsADomainIndicator() {
        Inventory inventory = new TrafficRun(new TlsDecoder())
                .tcp("10.0.0.77", 50000, "10.0.0.9", 443, 1000, DATA, TLS_CLIENT_HELLO)
                .tcp("10.0.0.9", 443, "10.0.0.77", 50000, 5000, DATA, TLS_SERVER_HELLO)
                .inventory();
        assertThat(inventory.activities()).singleElement().satisfies(a -> {
            assertThat(a.activity()).isEqualTo(new Activity("tls", ActivityType.HOST_NAME, "historian.plant.example"));
            assertThat(a.source().toString()).isEqualTo("10.0.0.77");
        });
        List<Alert> alerts = OneShotDetection.run(new Observation(inventory.devices(), inventory.connections(),
                inventory.activities(), List.of(), List.of()), OneShotDetection.NO_LEARNING,
                new IndicatorIndex(List.of(new Indicator("domain", "plant.example", "test")))).alerts();
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.engine()).isEqualTo(Alert.Engine.MALWARE);
            assertThat(a.message()).startsWith("10.0.0.77 opened a TLS session to historian.plant.example;");
        });
    }

    @Test
    void recordSplitAcrossSegmentsCountsOnceWhenComplete() {
        TrafficRun run = new TrafficRun(new TlsDecoder()).present("10.0.0.9")
                .tcp("10.0.0.77", 50000, "10.0.0.9", 443, 1000, DATA, Arrays.copyOfRange(TLS_CLIENT_HELLO, 0, 40))
                .tcp("10.0.0.77", 50000, "10.0.0.9", 443, 1040, DATA,
                        Arrays.copyOfRange(TLS_CLIENT_HELLO, 40, TLS_CLIENT_HELLO.length));
        assertThat(frames(run.inventory(), "tls")).isEqualTo(1);
        assertThat(values(device(run.inventory(), "10.0.0.9"), "name")).containsKey("historian.plant.example");
    }

    @Test
    void junkOnOtherPortsIsNotTls() {
        Inventory inventory = new TrafficRun(new TlsDecoder())
                .tcp("10.0.0.77", 50000, "10.0.0.9", 8000, 1, DATA, hex("160301000501"))
                .tcp("10.0.0.77", 50001, "10.0.0.9", 8000, 1, DATA, "HELP\r\n".getBytes())
                .inventory();
        assertThat(frames(inventory, "tls")).isZero();
    }

    @Test
    void malformedHelloIsCountedNotThrown() {
        byte[] lying = TLS_CLIENT_HELLO.clone();
        lying[5 + 4 + 34] = 100; // session id length past the message
        TrafficRun run = new TrafficRun(new TlsDecoder())
                .tcp("10.0.0.77", 50000, "10.0.0.9", 443, 1000, DATA, lying);
        assertThat(run.malformed()).isEqualTo(1);
        assertThat(frames(run.inventory(), "tls")).isEqualTo(1);
        assertThat(TlsHandshake.versionName(0x0303)).isEqualTo("TLS 1.2");
        assertThat(TlsHandshake.versionName(0x7f17)).isNull();
    }
}
