package io.plantwatch.decode.ssh;

import io.plantwatch.decode.Packet;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import static io.plantwatch.testing.TrafficRun.ascii;
import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.frames;
import static io.plantwatch.testing.TrafficRun.values;
import static org.assertj.core.api.Assertions.assertThat;

class SshDecoderTest {
    private static final int DATA = Packet.ACK | Packet.PSH;

    @Test
    void bannersGiveSoftwareAndOs() {
        Inventory inventory = new TrafficRun(new SshDecoder(OsHints.standard()))
                .tcp("10.0.0.7", 22, "10.0.0.77", 40000, 1, DATA, ascii("SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.1\r\n"))
                .tcp("10.0.0.77", 40000, "10.0.0.7", 22, 1, DATA, ascii("SSH-2.0-PuTTY_Release_0.78\r\n"))
                .tcp("10.0.0.77", 40000, "10.0.0.7", 22, 29, DATA, new byte[] {0, 0, 1, 0x2c, 6, 20})
                .inventory();
        var server = device(inventory, "10.0.0.7");
        assertThat(values(server, "software")).containsOnlyKeys("OpenSSH_8.9p1 Ubuntu-3ubuntu0.1");
        assertThat(values(server, "os")).containsOnlyKeys("Linux");
        assertThat(values(device(inventory, "10.0.0.77"), "software")).containsOnlyKeys("PuTTY_Release_0.78");
        assertThat(server.roles()).containsExactly("ssh/SERVER");
        assertThat(frames(inventory, "ssh")).isEqualTo(3);
    }

    @Test
    void otherPortsAreNotSshEvenWithABanner() {
        Inventory inventory = new TrafficRun(new SshDecoder(OsHints.standard()))
                .tcp("10.0.0.7", 2200, "10.0.0.77", 40000, 1, DATA, ascii("SSH-2.0-dropbear_2020.81\r\n"))
                .inventory();
        assertThat(frames(inventory, "ssh")).isZero(); // tshark has no SSH heuristic
        assertThat(SshDecoder.softwareOf("SSH-1.99-Cisco-1.25")).isEqualTo("Cisco-1.25");
    }
}
