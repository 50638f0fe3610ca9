package io.plantwatch.decode.ntp;

import io.plantwatch.inventory.Inventory;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.frames;
import static org.assertj.core.api.Assertions.assertThat;

/** NTP modes as tshark shows them (ntp.flags.mode 3 client, 4 server). */
class NtpDecoderTest {
    private static byte[] message(int first) {
        byte[] m = new byte[48];
        m[0] = (byte) first;
        return m;
    }

    @Test
    void modesTellServerAndClient() {
        Inventory inventory = new TrafficRun(new NtpDecoder())
                .udp("10.0.0.77", 123, "10.0.0.4", 123, message(0x23))  // v4, mode 3
                .udp("10.0.0.4", 123, "10.0.0.77", 123, message(0x24))  // v4, mode 4
                .udp("10.0.0.5", 123, "10.0.0.255", 123, message(0x25)) // v4, broadcast
                .inventory();
        assertThat(device(inventory, "10.0.0.4").roles()).containsExactly("ntp/SERVER");
        assertThat(device(inventory, "10.0.0.77").roles()).containsExactly("ntp/CLIENT");
        assertThat(device(inventory, "10.0.0.5").roles()).containsExactly("ntp/SERVER");
        assertThat(device(inventory, "10.0.0.4").type()).isEqualTo("NTP Server");
        assertThat(frames(inventory, "ntp")).isEqualTo(3);
    }

    @Test
    void shortOrVersionlessMessagesAreCountedNotThrown() {
        TrafficRun run = new TrafficRun(new NtpDecoder()).present("10.0.0.4")
                .udp("10.0.0.77", 123, "10.0.0.4", 123, new byte[] {0x23, 0, 0})
                .udp("10.0.0.77", 123, "10.0.0.4", 123, message(0x03));
        assertThat(run.malformed()).isEqualTo(2);
        assertThat(device(run.inventory(), "10.0.0.4").roles()).isEmpty();
    }
}
