package io.plantwatch.decode.telnet;

import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.decode.Packet;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.inventory.classify.StandardClassifier;
import io.plantwatch.testing.SharedData;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.plantwatch.testing.TrafficRun.activities;
import static io.plantwatch.testing.TrafficRun.ascii;
import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.frames;
import static org.assertj.core.api.Assertions.assertThat;

class TelnetDecoderTest {
    private static final int DATA = Packet.ACK | Packet.PSH;

    @Test
    void realCaptureCountsTelnetFramesAsTshark() {
        Inventory inventory = new Analyzer(new DecoderRegistry(List.of(new TelnetDecoder()), List.of()),
                new StandardClassifier()).analyze(List.of(SharedData.pcap("linktypes/mixed-vlan-mpls.pcap")),
                Progress.NONE).inventory();
        // tshark: frames 3, 5, 6, 7 and 9 carry telnet (over MPLS), from 10.1.2.1 to port 23
        assertThat(frames(inventory, "telnet")).isEqualTo(5);
        assertThat(device(inventory, "10.1.2.1").roles()).containsExactly("telnet/CLIENT");
        assertThat(activities(inventory, "telnet")).isEmpty();
    }

    @Test
    void characterAtATimeLoginIsReportedWithoutThePassword() {
        TrafficRun run = new TrafficRun(new TelnetDecoder());
        long server = 100;
        long client = 500;
        run.tcp("10.0.0.3", 23, "10.0.0.77", 40000, server, DATA, TrafficRun.hex("fffd18fffb01"));
        server += 6;
        run.tcp("10.0.0.3", 23, "10.0.0.77", 40000, server, DATA, ascii("\r\nRTU-4 console\r\nlogin: "));
        server += 24;
        for (char c : "opx\bs".toCharArray()) { // a typo corrected with backspace
            run.tcp("10.0.0.77", 40000, "10.0.0.3", 23, client++, DATA, new byte[] {(byte) c});
            run.tcp("10.0.0.3", 23, "10.0.0.77", 40000, server++, DATA, new byte[] {(byte) c}); // echo
        }
        run.tcp("10.0.0.77", 40000, "10.0.0.3", 23, client, DATA, ascii("\r\n"));
        client += 2;
        run.tcp("10.0.0.3", 23, "10.0.0.77", 40000, server, DATA, ascii("\r\nPassword: "));
        run.tcp("10.0.0.77", 40000, "10.0.0.3", 23, client, DATA, ascii("s3cret\r\n"));
        Inventory inventory = run.inventory();
        assertThat(activities(inventory, "telnet")).containsExactly("CLEARTEXT_CREDENTIALS: login as user ops");
        assertThat(inventory.activities().toString()).doesNotContain("s3cret");
        assertThat(device(inventory, "10.0.0.3").roles()).containsExactly("telnet/SERVER");
    }

    @Test
    void negotiationAloneIsNoLogin() {
        TrafficRun run = new TrafficRun(new TelnetDecoder())
                .tcp("10.0.0.3", 23, "10.0.0.77", 40000, 1, DATA, TrafficRun.hex("fffa1801fff0fffe01ff"))
                .tcp("10.0.0.77", 40000, "10.0.0.3", 23, 1, DATA, ascii("\r\n"));
        assertThat(activities(run.inventory(), "telnet")).isEmpty();
        assertThat(run.malformed()).isZero();
    }
}
